// Checks that the nextTick queue is drained before the promise microtask queue at top level (Rule 5).
Promise.resolve().then(() => console.log('promise 1'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 2'));
console.log('sync');
