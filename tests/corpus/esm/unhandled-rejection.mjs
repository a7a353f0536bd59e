// An unhandled rejection in an ES module crashes with exit 1 after pending microtasks ran.
Promise.reject(new Error('nope'));
Promise.resolve().then(() => console.log('microtask ran'));
process.nextTick(() => console.log('tick ran'));
