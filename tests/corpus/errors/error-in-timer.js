// Checks an error thrown in a setTimeout callback exits 1; ticks already queued by it do not run, later timers never run.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick (never)'));
  throw new Error('in timer');
}, 1);
setTimeout(() => console.log('timer 2 same list (never)'), 1);
setTimeout(() => console.log('timer 3 (never)'), 20);
process.on('exit', (c) => console.log('exit', c));
