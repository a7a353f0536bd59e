// Checks Rule 7: an error thrown in a queueMicrotask callback is an uncaught exception (origin 'uncaughtException'), not a rejection.
process.on('unhandledRejection', () => console.log('unhandledRejection (never)'));
process.on('uncaughtException', (e, origin) => console.log('uncaught:', e.message, origin));
queueMicrotask(() => { throw new Error('from microtask'); });
queueMicrotask(() => console.log('next microtask still runs'));
Promise.resolve().then(() => console.log('promise still runs'));
