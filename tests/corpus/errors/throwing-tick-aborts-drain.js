// A throwing nextTick (handled) aborts the drain: remaining ticks and promises run after the next callback.
process.on('uncaughtException', (e, o) => console.log('caught', e.message, o));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('tick2'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('imm'));
setTimeout(() => console.log('timeout'), 0);
