// createHash with every common algorithm and output encoding; update chaining, copy, digest twice.
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHash(alg).update('hello ').update('world').digest('hex'));
}
const h = crypto.createHash('sha256').update('abc');
const c = h.copy();
console.log(h.digest('base64'), c.update('def').digest('base64url'));
console.log(crypto.createHash('sha1').update(Buffer.from([1, 2, 3])).digest().length);
console.log(crypto.createHash('SHA256').update('x', 'utf8').digest('latin1').length);
try { h.digest(); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.message); }
try { crypto.createHash('sha256').update(12); } catch (e) { console.log(e.code); }
