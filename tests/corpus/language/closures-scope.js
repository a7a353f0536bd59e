// Checks let-per-iteration closures vs var, TDZ errors, and block scoping.
const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
var vf = [];
for (var j = 0; j < 3; j++) vf.push(() => j);
console.log(fns.map((f) => f()).join(','), vf.map((f) => f()).join(','));
try { tdz; let tdz = 1; } catch (e) { console.log(e.name); }
{ const inner = 'block'; console.log(inner); }
console.log(typeof inner);
