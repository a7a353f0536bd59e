// Checks that promises wait for a long chain of nextTicks queued recursively (ticks drain first) (Rule 11).
let ticks = 0;
Promise.resolve().then(() => console.log('promise after ticks:', ticks));
(function again() {
  if (++ticks < 50) process.nextTick(again);
})();
