// Checks that once the 'uncaughtException' handler is removed, the next uncaught error crashes with exit 1.
function h(err) { console.log('handled', err.message); process.off('uncaughtException', h); }
process.on('uncaughtException', h);
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => { console.log('before second'); throw new Error('second'); }, 10);
setTimeout(() => console.log('never'), 30);
