// performance.timerify: the wrapper's name and length, return values, constructor calls, caching, and argument errors.
const { performance } = require('perf_hooks');

function add(a, b) { return a + b; }
const t = performance.timerify(add);
console.log(typeof t, t !== add, t.name, t.length, t(2, 3));
console.log(performance.timerify(add) === t);
class Point { constructor(x) { this.x = x; } }
const P = performance.timerify(Point);
const p = new P(7);
console.log(p.x, p instanceof Point);
const arrow = performance.timerify(() => 'arrow');
console.log(arrow(), arrow.name);
for (const bad of [1, 'fn', undefined]) {
  try {
    performance.timerify(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  performance.timerify(add, { histogram: 1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
