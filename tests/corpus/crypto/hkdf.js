// crypto.hkdf / hkdfSync: RFC 5869 output as an ArrayBuffer for every digest and key type, node's argument checks in their order, and the async form on the thread pool.
const crypto = require('crypto');
const hex = (ab) => Buffer.from(ab).toString('hex');
for (const d of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5', 'SHA256', 'sha-256', 'RSA-SHA1']) {
  console.log(d, hex(crypto.hkdfSync(d, 'key', 'salt', 'info', 42)));
}
const k = crypto.hkdfSync('sha256', Buffer.from('ikm'), new Uint8Array([1, 2, 3]), new DataView(new ArrayBuffer(4)), 16);
console.log(Object.prototype.toString.call(k), k.byteLength, hex(k));
console.log(k);
console.log(hex(crypto.hkdfSync('sha256', new Uint8Array([0, 1, 2, 3, 4]).subarray(1, 3), '', '', 10)));
console.log(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength);
console.log(crypto.hkdfSync('sha512', 'k', 's', 'i', 255 * 64).byteLength);
console.log(hex(crypto.hkdfSync('sha256', 'k', new ArrayBuffer(0), 'x'.repeat(1024), 8)));
console.log(hex(crypto.hkdfSync('sha256', 'héllo', 'sålt', 'ïnfo', 8)));
const bad = [
  [1, 'k', 's', 'i', 1],
  ['sha256', 1, 's', 'i', 1],
  ['sha256', 'k', null, 'i', 1],
  ['sha256', 'k', 's', {}, 1],
  ['sha256', 'k', 's', 'i', 'x'],
  ['sha256', 'k', 's', 'i', -1],
  ['sha256', 'k', 's', 'i', 1.5],
  ['sha256', 'k', 's', 'i', 2 ** 33],
  ['nope', 'k', 's', 'i', 1],
  ['sha256', 'k', 's', 'x'.repeat(1025), 1],
  ['sha256', 'k', 's', 'i', 255 * 32 + 1],
  ['sha1', 'k', 's', 'i', 255 * 20 + 1],
  ['nope', 1, 's', 'i', 1],
];
for (const args of bad) {
  try {
    console.log('ok', hex(crypto.hkdfSync(...args)));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
for (const args of [['sha256', 'k', 's', 'i', 1], ['nope', 'k', 's', 'i', 1, () => {}], ['sha256', 'k', 's', 'i', 9000, () => {}], ['sha256', 'k', 's', 'i', 1, 'cb']]) {
  try {
    crypto.hkdf(...args);
  } catch (e) {
    console.log('async', e.name, e.code, e.message);
  }
}
crypto.hkdf('sha384', 'key', 'salt', 'info', 20, (err, key) => {
  console.log('hkdf', err, key instanceof ArrayBuffer, hex(key));
});
console.log('main end');
