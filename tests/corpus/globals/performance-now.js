// Checks performance.now() is a number, monotonic, and increases over a busy wait.
const a = performance.now();
const t = Date.now(); while (Date.now() - t < 3) {}
const b = performance.now();
console.log(typeof a, a >= 0, b > a, b - a >= 2);
console.log(typeof performance.timeOrigin, typeof performance.mark);
