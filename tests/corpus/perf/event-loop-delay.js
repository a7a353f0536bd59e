// perf_hooks.monitorEventLoopDelay and performance.eventLoopUtilization: a 120 ms busy callback shows as lag (the seed's "monitor event loop lag"); the sampler itself is an unref'd timer.
const { monitorEventLoopDelay, performance } = require('perf_hooks');

console.log(performance.eventLoopUtilization()); // before the loop started: all zero
const h = monitorEventLoopDelay({ resolution: 10 });
console.log(h.enable(), h.enable(), h.count);

setTimeout(() => {
  const t = Date.now();
  while (Date.now() - t < 120) {} // block the loop
}, 30);

setTimeout(() => {
  console.log(h.disable(), h.disable());
  console.log('samples:', h.count > 5);
  console.log('worst delay over 120 ms:', h.max > 120e6, h.percentile(100) === h.max);
  console.log('mean above the resolution:', h.mean > 10e6);
  const u = performance.eventLoopUtilization();
  console.log('utilization in (0, 1):', u.utilization > 0 && u.utilization < 1, 'idle:', u.idle > 0, 'active over 100 ms:', u.active > 100);
  console.log(Object.keys(performance.eventLoopUtilization(u)));
  h.reset();
  console.log(h.count);
}, 400);

// Unref'd: the monitor alone does not keep the process alive.
const idle = monitorEventLoopDelay();
idle.enable();
process.on('exit', () => console.log('exit, monitor still enabled:', idle.disable()));
