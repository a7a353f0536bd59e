// Checks Rule 3: setTimeout(0) inside an immediate vs setImmediate inside an immediate (node: ordering after 1ms).
setImmediate(() => {
  console.log('immediate 1');
  setTimeout(() => console.log('timeout from immediate'), 0);
  setImmediate(() => console.log('immediate from immediate'));
});
setImmediate(() => {
  console.log('immediate 2');
  const t = Date.now(); while (Date.now() - t < 5) {}
});
