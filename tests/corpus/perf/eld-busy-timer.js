// perf_hooks.monitorEventLoopDelay: a 60 ms busy-wait inside a timer shows as max >= 50 ms; the stats keep their order.
const { monitorEventLoopDelay } = require('perf_hooks');

const h = monitorEventLoopDelay({ resolution: 5 });
h.enable();
setTimeout(() => {
  const t = Date.now();
  while (Date.now() - t < 60) {}
}, 20);
setTimeout(() => {
  h.disable();
  console.log('max >= 50 ms:', h.max >= 50e6, 'count > 1:', h.count > 1);
  console.log('min <= mean <= max:', h.min <= h.mean && h.mean <= h.max);
  console.log('p50 <= p99 <= max:', h.percentile(50) <= h.percentile(99) && h.percentile(99) <= h.max);
  console.log('stddev > 0:', h.stddev > 0, typeof h.exceeds, h.maxBigInt === BigInt(h.max));
  const ps = [...h.percentiles.keys()];
  console.log(ps[0], ps[ps.length - 1], ps.every((p, i) => i === 0 || p > ps[i - 1]));
  const c = h.count;
  setTimeout(() => console.log('disabled, count unchanged:', h.count === c), 30);
}, 200);
