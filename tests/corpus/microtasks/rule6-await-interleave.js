// Checks Rule 6: each await costs one microtask turn; two async functions and a promise chain interleave step by step.
async function a() { for (let i = 1; i <= 3; i++) { console.log('a', i); await null; } }
async function b() { for (let i = 1; i <= 3; i++) { console.log('b', i); await undefined; } }
a();
b();
Promise.resolve()
  .then(() => console.log('p', 1))
  .then(() => console.log('p', 2))
  .then(() => console.log('p', 3));
