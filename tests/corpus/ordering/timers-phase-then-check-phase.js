// Checks that inside an I/O-free loop, after a timer all due immediates run, then later timers (Rule 1).
setTimeout(() => {
  console.log('t1');
  setImmediate(() => console.log('i1'));
  setTimeout(() => console.log('t2'), 0);
  setImmediate(() => console.log('i2'));
  process.nextTick(() => console.log('tick'));
}, 0);
