// Checks toJSON/JSON.stringify round trips, Buffer.byteLength per encoding and input type, Buffer.isEncoding and Buffer.isBuffer.
const b = Buffer.from([0, 1, 127, 128, 255]);
const j = b.toJSON();
console.log(j.type, j.data.join(','), Object.keys(j).join(','), Array.isArray(j.data));
const s = JSON.stringify({ buf: b, nested: [Buffer.from('hi')] });
console.log(s);
const back = JSON.parse(s, (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
console.log(back.buf.equals(b), back.nested[0].toString(), Buffer.isBuffer(back.buf));
console.log(Buffer.from(j).equals(b), Buffer.from({ type: 'Buffer', data: [65, 66] }).toString());
console.log(JSON.stringify(Buffer.alloc(0)), JSON.stringify(Buffer.from('a').subarray(1)));
const str = 'aé€😀';
for (const enc of ['utf8', 'utf-8', 'UTF8', 'utf16le', 'ucs2', 'ucs-2', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url']) {
  console.log(enc, Buffer.byteLength(str, enc), Buffer.byteLength('abcdef', enc));
}
console.log(Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64'), Buffer.byteLength('aGVsbG8==', 'base64url'));
console.log(Buffer.byteLength('abc', 'hex'), Buffer.byteLength('', 'hex'), Buffer.byteLength(''), Buffer.byteLength('x', 'bogus'));
console.log(Buffer.byteLength('\ud800'), Buffer.byteLength('\udc00\ud800'), Buffer.byteLength('\ud83d\ude00'));
console.log(Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(9)), Buffer.byteLength(new DataView(new ArrayBuffer(5))));
for (const v of [123, null, undefined, {}, [1, 2]]) {
  try {
    console.log('ok', Buffer.byteLength(v));
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
console.log(['utf8', 'UTF-8', 'Utf16LE', 'ucs2', 'latin1', 'binary', 'ascii', 'hex', 'HEX', 'base64', 'base64url'].map((e) => Buffer.isEncoding(e)).join(' '));
console.log(['utf16', 'utf-16', 'utf32', 'raw', '', 'base-64', 'latin-1'].map((e) => Buffer.isEncoding(e)).join(' '));
console.log([null, undefined, 1, {}, ['utf8'], new String('utf8')].map((e) => Buffer.isEncoding(e)).join(' '));
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('x'), Buffer.isBuffer(null), Buffer.isBuffer());
console.log(Buffer.isBuffer(Buffer.alloc(4).subarray(1)), Buffer.isBuffer(Object.create(Buffer.prototype)), Buffer.isBuffer({ type: 'Buffer', data: [] }));
