// Checks a recursive chain of 100 nextTicks all run before a promise queued at the start (Rule 11).
let n = 0;
function step() {
  n++;
  if (n < 100) process.nextTick(step);
  else console.log('ticks done', n);
}
Promise.resolve().then(() => console.log('promise sees n =', n));
process.nextTick(step);
