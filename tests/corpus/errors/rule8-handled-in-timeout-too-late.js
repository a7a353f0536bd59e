// Checks Rule 8: a rejection handled only in a later setTimeout is too late: process crashes with exit 1 first.
const p = Promise.reject(new Error('too late'));
setTimeout(() => {
  console.log('timeout (never)');
  p.catch(() => {});
}, 0);
process.on('exit', (c) => console.log('exit', c));
