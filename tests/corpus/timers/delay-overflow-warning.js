// Checks that a delay of 2**31 overflows: TimeoutOverflowWarning is emitted and the timer fires after 1 ms (before a 30 ms timer) (Rule 2).
process.on('warning', (w) => {
  console.log('warning:', w.name);
  console.log(w.message);
});
setTimeout(() => console.log('30 ms'), 30);
setTimeout(() => console.log('2**31 (clamped to 1 ms)'), 2 ** 31);
setTimeout(() => console.log('2**31 - 1 never fires'), 2 ** 31 - 1).unref();
console.log('sync end');
