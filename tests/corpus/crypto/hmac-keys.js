// Checks HMAC key handling: keys longer than the block size equal HMAC with the hashed key, Buffer/TypedArray/DataView keys, empty keys, RFC 4231 vectors and finalization errors.
const crypto = require('crypto');
const hmac = (alg, key, data) => crypto.createHmac(alg, key).update(data).digest('hex');
// RFC 4231 test case 1, 2, 6
console.log('rfc4231-1', hmac('sha256', Buffer.alloc(20, 0x0b), 'Hi There'));
console.log('rfc4231-2', hmac('sha512', 'Jefe', 'what do ya want for nothing?'));
console.log('rfc4231-6', hmac('sha384', Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'));
// RFC 2202
console.log('rfc2202-md5', hmac('md5', Buffer.alloc(16, 0x0b), 'Hi There'));
console.log('rfc2202-sha1', hmac('sha1', 'Jefe', 'what do ya want for nothing?'));
for (const [alg, block] of [['md5', 64], ['sha1', 64], ['sha224', 64], ['sha256', 64], ['sha384', 128], ['sha512', 128]]) {
  const longKey = Buffer.alloc(block + 1, 0x5c);
  const hashedKey = crypto.createHash(alg).update(longKey).digest();
  const exact = Buffer.alloc(block, 0x5c);
  console.log(alg, 'long==hashed', hmac(alg, longKey, 'data') === hmac(alg, hashedKey, 'data'),
    'block-size key', hmac(alg, exact, 'data').slice(0, 16));
}
const zeroPadded = Buffer.concat([Buffer.from('key'), Buffer.alloc(5)]);
console.log('zero padding equivalent', hmac('sha256', 'key', 'm') === hmac('sha256', zeroPadded, 'm'));
console.log('empty string key', hmac('sha256', '', ''));
console.log('empty buffer key', hmac('sha256', Buffer.alloc(0), '') === hmac('sha256', '', ''));
const kb = Buffer.from('k\u00e9y');
console.log('utf8 string key == buffer', hmac('sha1', 'k\u00e9y', 'x') === hmac('sha1', kb, 'x'));
console.log('uint8 key', hmac('sha1', new Uint8Array(kb), 'x') === hmac('sha1', kb, 'x'));
console.log('dataview key', hmac('sha1', new DataView(kb.buffer, kb.byteOffset, kb.length), 'x') === hmac('sha1', kb, 'x'));
const h = crypto.createHmac('sha256', 'k');
console.log('update chain', h.update('a') === h, h.update(Buffer.from('b')).digest('base64url'));
console.log('chained equals joined', hmac('sha256', 'k', 'ab'));
const err = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const d = crypto.createHmac('md5', 'k');
const first = d.digest('hex');
console.log('first digest', first);
console.log('second digest', JSON.stringify(d.digest('hex')), d.digest().length);
err('update after digest', () => d.update('x'));
err('no key', () => crypto.createHmac('sha256'));
err('number key', () => crypto.createHmac('sha256', 5));
err('null key', () => crypto.createHmac('sha256', null));
err('bad data', () => crypto.createHmac('sha256', 'k').update(5));
console.log('latin1 digest length', crypto.createHmac('sha512', 'k').digest('latin1').length);
