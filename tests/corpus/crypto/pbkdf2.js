// pbkdf2 (thread pool) and pbkdf2Sync derive the same bytes; the callback runs after sync code.
const crypto = require('crypto');
const sync = crypto.pbkdf2Sync('secret', 'salt', 1000, 32, 'sha256');
console.log('sync', sync.toString('hex'));
crypto.pbkdf2('secret', 'salt', 1000, 32, 'sha256', (err, key) => {
  console.log('async', err, key.toString('hex'), key.equals(sync));
  crypto.pbkdf2(Buffer.from('pw'), Buffer.alloc(8), 1, 64, 'sha512', (err2, k2) => console.log('sha512', err2, k2.toString('base64')));
});
console.log('after calls');
