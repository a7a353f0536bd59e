// Checks Rule 8: an unhandled rejection crashes with exit 1 after the current microtask drain; later timers don't run.
Promise.reject(new Error('unhandled'));
process.nextTick(() => console.log('tick runs'));
Promise.resolve().then(() => console.log('microtask runs'));
setTimeout(() => console.log('timer (never)'), 0);
process.on('exit', (c) => console.log('exit', c));
