// Checks the 'exit' handler receives the code and runs synchronously: timers/immediates/ticks scheduled in it never fire (node still drains promise jobs) (Rule 13).
process.on('exit', (code) => {
  console.log('exit handler, code', code);
  setTimeout(() => console.log('timeout in exit (never)'), 0);
  setImmediate(() => console.log('immediate in exit (never)'));
  process.nextTick(() => console.log('tick in exit'));
  Promise.resolve().then(() => console.log('promise in exit'));
  console.log('exit handler end');
});
console.log('main');
