// performance.now / timeOrigin: types, monotonic now() over a busy loop, and timeOrigin + now() tracking Date.now().
const { performance } = require('perf_hooks');

console.log(performance === globalThis.performance, typeof performance.now(), typeof performance.timeOrigin);
console.log(performance.timeOrigin > 1.5e12, performance.now() >= 0);
let prev = performance.now();
let monotonic = true;
for (let i = 0; i < 10000; i++) {
  const n = performance.now();
  if (n < prev) monotonic = false;
  prev = n;
}
console.log('monotonic:', monotonic);
const a = performance.now();
const t = Date.now();
while (Date.now() - t < 30) {}
const b = performance.now();
console.log('30 ms busy wait seen:', b - a >= 29, b - a < 1000);
console.log('origin + now near Date.now():', Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);
console.log(performance.timeOrigin === performance.timeOrigin, Object.prototype.toString.call(performance));
setTimeout(() => {
  const c = performance.now();
  console.log('after a 40 ms timer:', c - b >= 39);
}, 40);
