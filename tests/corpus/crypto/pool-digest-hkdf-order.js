// subtle.digest and crypto.hkdf are thread-pool jobs: with one pool thread they complete after a long pbkdf2 submitted first, in submission order, each in its own poll-phase callback (ticks and microtasks drained between them), after the immediate.
process.env.UV_THREADPOOL_SIZE = '1';
const crypto = require('crypto');
crypto.pbkdf2('a', 'b', 40000, 64, 'sha512', () => {
  console.log('pbkdf2');
  process.nextTick(() => console.log('tick after pbkdf2'));
});
crypto.subtle.digest('SHA-256', Buffer.from('x')).then((d) => {
  console.log('digest', d.byteLength);
  Promise.resolve().then(() => console.log('microtask after digest'));
});
crypto.hkdf('sha256', 'k', 's', 'i', 8, (e, k) => console.log('hkdf', k.byteLength));
crypto.subtle.digest('SHA-512', Buffer.from('y')).then((d) => console.log('digest 2', d.byteLength));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
console.log('main');
