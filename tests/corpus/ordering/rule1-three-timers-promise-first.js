// Checks Rule 1: a promise queued in a timer callback runs before the next timer, and ticks queued from that promise too.
for (let i = 1; i <= 3; i++) {
  setTimeout(() => {
    console.log('timeout', i);
    Promise.resolve().then(() => {
      console.log('promise', i);
      process.nextTick(() => console.log('tick from promise', i));
    });
  }, 0);
}
// busy-wait so all top-level timers are already due in the first timers pass
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
