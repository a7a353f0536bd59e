// Top-level await interleaves with ticks, timers and immediates.
console.log('start');
process.nextTick(() => console.log('tick'));
await null;
console.log('after await null');
await new Promise((r) => setImmediate(r));
console.log('after immediate');
await new Promise((r) => setTimeout(r, 10));
console.log('after timeout');
