// Checks that all synchronous code runs before any nextTick, promise, timer or immediate callback (Rule 5).
setTimeout(() => console.log('timeout'), 0);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync 1');
console.log('sync 2');
