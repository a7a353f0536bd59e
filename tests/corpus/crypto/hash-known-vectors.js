// Checks known-answer digests for empty, short, block-boundary and 1 MiB deterministic inputs, plus the crypto.hash() one-shot and getHashes().
const crypto = require('crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
for (const a of algs) console.log('empty', a, crypto.createHash(a).digest('hex'));
for (const a of algs) console.log('abc', a, crypto.createHash(a).update('abc').digest('base64'));
const msg = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
console.log('448-bit sha256', crypto.createHash('sha256').update(msg).digest('hex'));
console.log('448-bit sha1', crypto.createHash('sha1').update(msg).digest('hex'));
for (const n of [55, 56, 63, 64, 65, 111, 112, 127, 128, 129]) {
  const b = Buffer.alloc(n, 0x61);
  console.log('len', n, crypto.createHash('sha256').update(b).digest('hex').slice(0, 16), crypto.createHash('sha512').update(b).digest('hex').slice(0, 16));
}
const big = Buffer.alloc(1 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 0xff;
for (const a of algs) console.log('1MiB', a, crypto.createHash(a).update(big).digest('hex'));
const inc = crypto.createHash('sha256');
for (let off = 0; off < big.length; off += 1000) inc.update(big.subarray(off, off + 1000));
console.log('1MiB incremental matches', inc.digest('hex') === crypto.createHash('sha256').update(big).digest('hex'));
console.log('million a sha1', crypto.createHash('sha1').update('a'.repeat(1000000)).digest('hex'));
console.log('typeof crypto.hash', typeof crypto.hash);
if (typeof crypto.hash === 'function') {
  console.log('hash default', crypto.hash('sha1', 'abc'));
  console.log('hash base64', crypto.hash('md5', 'abc', 'base64'));
  const buf = crypto.hash('sha256', Buffer.from('abc'), 'buffer');
  console.log('hash buffer', Buffer.isBuffer(buf), buf.length, buf.toString('hex').slice(0, 8));
  try { crypto.hash('nope', 'abc'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const hashes = crypto.getHashes();
console.log('getHashes array', Array.isArray(hashes), hashes.every((h) => typeof h === 'string'), hashes.length > 6);
for (const a of algs) console.log('getHashes has', a, hashes.includes(a));
