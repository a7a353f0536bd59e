// Checks an 'unhandledRejection' handler receives (reason, promise) and suppresses the crash (Rule 8).
const p = Promise.reject(new Error('nobody catches'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise === p);
});
setTimeout(() => console.log('still alive'), 5);
process.on('exit', (c) => console.log('exit', c));
