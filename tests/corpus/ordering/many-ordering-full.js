// Checks a full mix of sync, nextTick, promise, queueMicrotask, timeout(50), immediate across two iterations (Rule 5).
console.log('start');
setTimeout(() => {
  console.log('timeout 50');
  process.nextTick(() => console.log('timeout tick'));
}, 50);
setImmediate(() => {
  console.log('immediate');
  Promise.resolve().then(() => console.log('immediate promise'));
});
queueMicrotask(() => console.log('qm'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('end');
