// Checks that hash.update accepts strings in utf8/latin1/binary/hex/base64/base64url/ucs2 and Buffer/TypedArray/DataView inputs, and that equal bytes give equal digests.
const crypto = require('crypto');
const sha = (f) => { const h = crypto.createHash('sha256'); f(h); return h.digest('hex'); };
const bytes = Buffer.from([0xe9, 0x41, 0x00, 0xff, 0x7f, 0x80]);
console.log('buffer   ', sha((h) => h.update(bytes)));
console.log('latin1   ', sha((h) => h.update(bytes.toString('latin1'), 'latin1')));
console.log('binary   ', sha((h) => h.update(bytes.toString('latin1'), 'binary')));
console.log('hex      ', sha((h) => h.update('e94100ff7f80', 'hex')));
console.log('HEX upper', sha((h) => h.update('E94100FF7F80', 'hex')));
console.log('base64   ', sha((h) => h.update(bytes.toString('base64'), 'base64')));
console.log('base64url', sha((h) => h.update(bytes.toString('base64url'), 'base64url')));
console.log('uint8    ', sha((h) => h.update(new Uint8Array(bytes))));
console.log('dataview ', sha((h) => h.update(new DataView(bytes.buffer, bytes.byteOffset, bytes.length))));
console.log('split    ', sha((h) => h.update(bytes.subarray(0, 2)).update(bytes.subarray(2))));
const s = 'caf\u00e9 \u20ac \ud83d\ude00';
console.log('utf8 default', sha((h) => h.update(s)));
console.log('utf8 explicit', sha((h) => h.update(s, 'utf8')));
console.log('utf-8 alias', sha((h) => h.update(s, 'utf-8')));
console.log('utf8 as buffer', sha((h) => h.update(Buffer.from(s, 'utf8'))));
console.log('latin1 of same', sha((h) => h.update(s, 'latin1')));
console.log('ucs2', sha((h) => h.update('ab', 'ucs2')), sha((h) => h.update(Buffer.from([0x61, 0, 0x62, 0]))));
console.log('utf16le', sha((h) => h.update('ab', 'utf16le')));
const u16 = new Uint16Array([0x0102, 0x0304]);
console.log('uint16', sha((h) => h.update(u16)), sha((h) => h.update(Buffer.from(u16.buffer))));
const f64 = new Float64Array([1.5]);
console.log('float64', sha((h) => h.update(f64)));
console.log('lone surrogate', sha((h) => h.update('\ud800')), sha((h) => h.update(Buffer.from([0xef, 0xbf, 0xbd]))));
try { sha((h) => h.update('abc', 'hex')); console.log('odd hex accepted'); } catch (e) { console.log('odd hex', e.name, e.code, e.message); }
console.log('base64 no pad', sha((h) => h.update('QUI', 'base64')), sha((h) => h.update('AB')));
console.log('md5 latin1', crypto.createHash('md5').update('\u00ff\u00fe', 'latin1').digest('hex'));
console.log('md5 utf8', crypto.createHash('md5').update('\u00ff\u00fe').digest('hex'));
console.log('digest encodings', crypto.createHash('md5').update('x').digest('base64'), crypto.createHash('md5').update('x').digest('base64url'));
console.log('latin1 digest', JSON.stringify(crypto.createHash('md5').update('x').digest('latin1')));
console.log('binary digest', JSON.stringify(crypto.createHash('md5').update('x').digest('binary')));
for (const bad of [null, undefined, 5, {}, [1, 2], true]) {
  try { crypto.createHash('sha1').update(bad); console.log('accepted', typeof bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
