// No drain after a throwing timer; the other due timers still run in the same pass.
process.on('uncaughtException', (e, o) => console.log('caught', e.message, o));
setTimeout(() => { process.nextTick(() => console.log('tick1')); throw new Error('t1'); }, 2);
setTimeout(() => console.log('t2'), 2);
setTimeout(() => console.log('t3'), 2);
const s = Date.now(); while (Date.now() - s < 5);
