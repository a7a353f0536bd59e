// Checks Rule 3: setImmediate scheduled inside an immediate runs in the next loop iteration, after the current batch.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (nested)'));
});
setImmediate(() => console.log('immediate 2'));
