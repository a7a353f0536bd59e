// Checks Rule 3: a timer created inside a timer callback never runs in the same timers pass (an immediate from that pass runs first).
setTimeout(() => {
  console.log('timeout 1');
  setTimeout(() => console.log('timeout 3 (nested)'), 0);
}, 0);
setTimeout(() => {
  console.log('timeout 2');
  setImmediate(() => console.log('immediate from timeout 2'));
  const t = Date.now(); while (Date.now() - t < 5) {}
}, 0);
// busy-wait so both top-level timers are already due in the first timers pass
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
