// Checks an unhandled rejection with undefined reason crashes with exit 1; the unhandledRejection handler gets undefined (Rule 8).
process.once('unhandledRejection', (r) => console.log('reason is undefined:', r === undefined));
Promise.reject();
setTimeout(() => {
  process.removeAllListeners('unhandledRejection');
  Promise.reject(undefined);
}, 1);
process.on('exit', (c) => console.log('exit', c));
