// Seed "process.nextTick Can Starve I/O" (Rule 11), finite: 10000 recursive nextTicks all run before an already-due timer and a pending immediate.
let n = 0;
setTimeout(() => console.log('timer after', n, 'ticks'), 0);
setImmediate(() => console.log('immediate after', n, 'ticks'));
const t0 = Date.now(); while (Date.now() - t0 < 5) {} // the timer is due before the ticks start
function recurse() {
  if (++n < 10000) process.nextTick(recurse);
}
process.nextTick(recurse);
