// Checks a recursive chain of 100 promise reactions all run before a setTimeout(0) and setImmediate.
let n = 0;
function step() {
  n++;
  if (n < 100) return Promise.resolve().then(step);
  console.log('promises done', n);
}
setTimeout(() => console.log('timeout sees n =', n), 0);
setImmediate(() => console.log('immediate sees n =', n));
Promise.resolve().then(step);
