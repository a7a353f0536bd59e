// Checks Rule 7: an error thrown in queueMicrotask without handlers crashes with exit 1.
queueMicrotask(() => { console.log('microtask'); throw new Error('boom'); });
setTimeout(() => console.log('timer (never)'), 0);
process.on('exit', (c) => console.log('exit', c));
