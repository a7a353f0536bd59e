// Checks structuredClone for Map, Set, Date, nested objects, cycles, and uncloneable values.
const src = { m: new Map([['k', { v: 1 }]]), s: new Set([1, 2]), d: new Date(0), nested: { arr: [1, [2]] }, big: 1n };
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.m.get('k').v, c.m !== src.m, c.s.has(2));
console.log(c.d instanceof Date, c.d.getTime(), c.nested.arr[1][0], typeof c.big);
try { structuredClone(() => {}); } catch (e) { console.log(e.name); }
try { structuredClone({ f() {} }); } catch (e) { console.log(e.name); }
class K { constructor() { this.x = 1; } }
const k = structuredClone(new K());
console.log(k instanceof K, k.x, Object.getPrototypeOf(k) === Object.prototype);
const err = structuredClone(new RangeError('cloned'));
console.log(err instanceof RangeError, err.message);
