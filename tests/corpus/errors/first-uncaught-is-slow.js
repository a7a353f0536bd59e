// The first handled uncaught exception is slow in node (lazy error machinery): a 5 ms timer fires before the next immediate.
process.on('uncaughtException', (e, o) => console.log('caught', e.message, o));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('p'));
setTimeout(() => console.log('timeout'), 5);
setImmediate(() => console.log('imm'));
throw new Error('main');
