// Checks process.exit(n) exits with code n immediately; later code, ticks and timers do not run.
setTimeout(() => console.log('timer (never)'), 0);
process.nextTick(() => console.log('tick (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
console.log('before exit');
process.exit(7);
console.log('after exit (never)');
