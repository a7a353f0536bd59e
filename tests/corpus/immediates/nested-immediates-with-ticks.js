// Checks that ticks and promises from an immediate run before the next immediate of the same batch, and nested ones wait (Rule 1).
setImmediate(() => {
  console.log('A');
  setImmediate(() => console.log('C (next iteration)'));
  process.nextTick(() => console.log('A tick'));
  Promise.resolve().then(() => console.log('A promise'));
});
setImmediate(() => console.log('B'));
