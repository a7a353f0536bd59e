// Checks Rule 1: nextTicks and microtasks are drained after EACH setTimeout callback, not after the whole timers phase.
setTimeout(() => {
  console.log('timeout 1');
  process.nextTick(() => console.log('tick 1'));
  Promise.resolve().then(() => console.log('promise 1'));
}, 0);
setTimeout(() => {
  console.log('timeout 2');
  process.nextTick(() => console.log('tick 2'));
  Promise.resolve().then(() => console.log('promise 2'));
}, 0);
// busy-wait so all top-level timers are already due in the first timers pass
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
