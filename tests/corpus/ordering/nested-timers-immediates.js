// Checks a deterministic nested mix: from a timer, ticks/promises/immediates/timers in order (Rule 1).
setTimeout(() => {
  console.log('T1');
  setImmediate(() => {
    console.log('I1');
    process.nextTick(() => console.log('I1 tick'));
    setTimeout(() => console.log('T3'), 0);
  });
  setImmediate(() => console.log('I2'));
  Promise.resolve().then(() => console.log('T1 promise'));
}, 0);
setTimeout(() => console.log('T2'), 0);
// busy-wait so all top-level timers are already due in the first timers pass
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
