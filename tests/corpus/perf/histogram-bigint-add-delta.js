// perf_hooks.createHistogram: BigInt views, record(bigint), exceeds, add() of another histogram, toJSON for exact values, and recordDelta (first call only starts the clock).
const { createHistogram } = require('perf_hooks');

const a = createHistogram();
a.record(1);
a.record(2n);
a.record(3);
console.log(a.count, a.countBigInt, a.min, a.minBigInt, a.max, a.maxBigInt, a.exceeds, a.exceedsBigInt);
console.log(a.mean, a.percentile(50), a.percentileBigInt(50), a.percentileBigInt(100));
console.log(a.percentilesBigInt);
console.log(a.toJSON());

const b = createHistogram();
b.record(1000);
b.record(2000);
b.record(4000);
a.add(b);
console.log(a.count, a.min, a.max, a.mean, a.percentile(50), a.percentile(75));
console.log(b.count, b.max);
try {
  a.add({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const empty = createHistogram();
console.log(empty.minBigInt, empty.maxBigInt, empty.countBigInt, empty.percentilesBigInt);
console.log(JSON.stringify(empty));

const d = createHistogram();
d.recordDelta();
console.log(d.count);
for (let i = 0; i < 3; i++) {
  const t = Date.now();
  while (Date.now() - t < 5) {}
  d.recordDelta();
}
console.log(d.count, d.min >= 4e6, d.max >= d.min, d.max < 1e9, d.mean >= d.min && d.mean <= d.max);
d.reset();
console.log(d.count, d.max, d.min);
