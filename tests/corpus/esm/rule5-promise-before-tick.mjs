// Rule 5: an ES module body runs as a microtask, so promise reactions queued by it run before nextTicks.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
