// Checks process.hrtime() shape, hrtime(prev) diff non-negative, and hrtime.bigint typeof/monotonic.
const a = process.hrtime();
console.log(Array.isArray(a), a.length, a.every((x) => typeof x === 'number' && Number.isInteger(x)));
console.log(a[1] >= 0 && a[1] < 1e9);
const t = Date.now(); while (Date.now() - t < 3) {}
const d = process.hrtime(a);
console.log(d.length, d[0] >= 0, d[1] >= 0, d[0] * 1e9 + d[1] >= 2e6);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
