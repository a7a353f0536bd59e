// Checks that with only an 'uncaughtException' handler, an unhandled rejection arrives there with origin 'unhandledRejection' (Rule 8).
process.on('uncaughtException', (err, origin) => console.log('uncaught:', err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('continues'), 5);
process.on('exit', (c) => console.log('exit', c));
