// Checks that an immediate scheduled from a microtask and from a nextTick still runs after all microtasks.
process.nextTick(() => setImmediate(() => console.log('immediate from tick')));
Promise.resolve().then(() => setImmediate(() => console.log('immediate from promise')));
setImmediate(() => console.log('immediate from main'));
Promise.resolve().then(() => console.log('promise'));
