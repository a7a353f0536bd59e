// perf_hooks.createHistogram: node's HdrHistogram values (3 significant figures: min, max, mean, percentiles are bucket values), the percentiles map, argument errors.
const { createHistogram } = require('perf_hooks');

const empty = createHistogram();
console.log(empty.count, empty.min, empty.max, empty.mean, empty.percentile(50), empty.percentiles);

const h = createHistogram();
h.record(5);
h.record(15);
console.log(h.min, h.max, h.mean, h.stddev, h.percentile(50), h.percentile(100), h.minBigInt);
console.log(h.percentiles);

// Large values fall into wider buckets: 10,012,345 is kept as 10,010,624..10,018,815.
const big = createHistogram();
big.record(3000);
big.record(3001);
big.record(10_012_345);
console.log(big.min, big.max, big.mean, big.stddev, big.percentile(50));
console.log(big.percentiles);

const many = createHistogram();
for (let i = 1; i <= 1000; i++) many.record(i * 997);
console.log(many.min, many.max, many.mean, many.percentile(90), many.percentile(99.9));
console.log([...many.percentiles.keys()].length, JSON.stringify(many.toJSON()).length > 0);

for (const bad of [0, -1, 'x']) {
  try {
    h.record(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  h.percentile(0);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
h.reset();
console.log(h.count, h.max);
