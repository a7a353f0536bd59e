// performance.eventLoopUtilization: field keys, utilization in [0, 1], idle + active tracking elapsed time, and the delta forms.
const { performance } = require('perf_hooks');

const start = performance.now();
setTimeout(() => {
  const u1 = performance.eventLoopUtilization();
  console.log(Object.keys(u1));
  console.log('u1 in [0,1]:', u1.utilization >= 0 && u1.utilization <= 1, u1.idle > 20);
  const t = Date.now();
  while (Date.now() - t < 50) {}
  const u2 = performance.eventLoopUtilization();
  const d = performance.eventLoopUtilization(u2, u1);
  console.log('delta active >= 45:', d.active >= 45, 'delta idle small:', d.idle < 5);
  console.log('delta utilization > 0.9:', d.utilization > 0.9 && d.utilization <= 1);
  const since = performance.eventLoopUtilization(u1);
  console.log('since-u1 active >= 45:', since.active >= 45);
  const elapsed = performance.now() - start;
  console.log('idle + active <= elapsed:', u2.idle + u2.active <= elapsed + 5);
  const base = performance.eventLoopUtilization();
  setTimeout(() => {
    const u3 = performance.eventLoopUtilization(base);
    console.log('idle grew while waiting:', u3.idle >= 30, u3.utilization < 0.5);
  }, 60);
}, 30);
