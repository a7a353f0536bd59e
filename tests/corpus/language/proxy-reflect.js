// Checks Proxy get/set/has traps and Reflect helpers.
const log = [];
const p = new Proxy({ a: 1 }, {
  get(t, k, r) { log.push(`get ${String(k)}`); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push(`set ${String(k)}=${v}`); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push(`has ${String(k)}`); return k in t; },
});
p.b = 2;
console.log(p.a, 'b' in p);
console.log(log.join('; '));
console.log(Reflect.ownKeys({ x: 1, [Symbol('s')]: 2 }).length, Reflect.has({ y: 1 }, 'y'));
