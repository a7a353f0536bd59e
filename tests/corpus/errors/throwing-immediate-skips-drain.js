// No drain after a throwing immediate; the rest of the batch still runs in the same check phase.
process.on('uncaughtException', (e, o) => console.log('caught', e.message, o));
setImmediate(() => { process.nextTick(() => console.log('tick1')); Promise.resolve().then(() => console.log('p1')); throw new Error('i1'); });
setImmediate(() => console.log('i2'));
setTimeout(() => console.log('timeout'), 5);
