// Checks a rejected promise handled later in the same synchronous run or microtask drain is not reported as unhandled (Rule 8).
process.on('unhandledRejection', (r) => console.log('unhandled:', r.message));
const p = Promise.reject(new Error('late but ok'));
console.log('created');
Promise.resolve().then(() => {
  p.catch((e) => console.log('caught:', e.message));
});
