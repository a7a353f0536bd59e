// A throwing queueMicrotask callback (handled) does not stop the other microtasks (Rule 7).
process.on('uncaughtException', (e, o) => console.log('caught', e.message, o));
queueMicrotask(() => { throw new Error('m1'); });
queueMicrotask(() => console.log('m2'));
process.nextTick(() => console.log('tick1'));
Promise.resolve().then(() => { process.nextTick(() => console.log('tick from micro')); });
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('imm'));
