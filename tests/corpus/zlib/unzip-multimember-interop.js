// Checks inflating hex literals produced by node: unzip auto-detects gzip vs zlib, multi-member gzip, trailing bytes after a member, gzip headers with FNAME/FCOMMENT/FEXTRA flags, and byte-by-byte stream input.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const hex = (s) => Buffer.from(s, 'hex');
const m1 = hex('1f8b0800000000000003cb4dcd4d4a2d52c8cf4bad0100d4277bc60b000000'); // 'member one|'
const m2 = hex('1f8b0800000000000003cb4dcd4d4a2d522829cf0700f71a32130a000000'); // 'member two'
const zd = hex('789c4b494dcb492c4955282e294a4dcc050029150582'); // 'deflate stream'
const raw = hex('2b4a2c57282e294a4dcc0500'); // 'raw stream'
const big = Buffer.from('H4sIAAAAAAACA6uoGAXEgspRQDQAAHf8ZbVYAgAA', 'base64');
const show = (label, f) => {
  try { const r = f(); console.log(label, JSON.stringify(r.length > 40 ? `${r.length} bytes` : r.toString())); } catch (e) { console.log(label, 'error', e.code, e.errno, e.message); }
};
show('gunzip m1', () => zlib.gunzipSync(m1));
show('unzip m1', () => zlib.unzipSync(m1));
show('unzip zlib', () => zlib.unzipSync(zd));
show('inflate zlib', () => zlib.inflateSync(zd));
show('inflateRaw raw', () => zlib.inflateRawSync(raw));
show('unzip raw', () => zlib.unzipSync(raw));
show('inflate gzip', () => zlib.inflateSync(m1));
show('gunzip zlib', () => zlib.gunzipSync(zd));
show('inflateRaw of zlib body', () => zlib.inflateRawSync(zd.subarray(2, zd.length - 4)));
show('big level 9', () => zlib.gunzipSync(big));
console.log('big content ok', zlib.gunzipSync(big).toString() === 'x'.repeat(300) + 'y'.repeat(300), 'xfl', big[8]);
show('gunzip two members', () => zlib.gunzipSync(Buffer.concat([m1, m2])));
show('unzip two members', () => zlib.unzipSync(Buffer.concat([m1, m2])));
show('gunzip member + zeros', () => zlib.gunzipSync(Buffer.concat([m1, Buffer.alloc(8)])));
show('gunzip member + garbage', () => zlib.gunzipSync(Buffer.concat([m1, Buffer.from('garbage')])));
show('gunzip member + 1f', () => zlib.gunzipSync(Buffer.concat([m1, hex('1f')])));
show('gunzip member + 1f8b', () => zlib.gunzipSync(Buffer.concat([m1, hex('1f8b')])));
show('inflate zlib + garbage', () => zlib.inflateSync(Buffer.concat([zd, Buffer.from('zz')])));
show('gunzip member + bad member', () => zlib.gunzipSync(Buffer.concat([m1, m2.subarray(0, 12)])));
const body = m1.subarray(10);
const withName = Buffer.concat([hex('1f8b0808000000000003'), Buffer.from('file.txt\0'), body]);
show('FNAME header', () => zlib.gunzipSync(withName));
const withComment = Buffer.concat([hex('1f8b0810000000000003'), Buffer.from('a comment\0'), body]);
show('FCOMMENT header', () => zlib.gunzipSync(withComment));
const withExtra = Buffer.concat([hex('1f8b0804000000000003'), hex('0400'), Buffer.from('AB\0\0'), body]);
show('FEXTRA header', () => zlib.unzipSync(withExtra));
show('bad method', () => zlib.gunzipSync(Buffer.concat([hex('1f8b0900000000000003'), body])));
show('bad crc', () => { const b = Buffer.from(m1); b[b.length - 6] ^= 1; return zlib.gunzipSync(b); });
show('bad isize', () => { const b = Buffer.from(m1); b[b.length - 1] ^= 1; return zlib.gunzipSync(b); });
show('bad adler', () => { const b = Buffer.from(zd); b[b.length - 1] ^= 1; return zlib.inflateSync(b); });
show('bad zlib header check', () => zlib.inflateSync(hex('789d4b0400006200')));
const out = [];
pipeline(
  Readable.from((function* () { for (const b of Buffer.concat([m1, m2])) yield Buffer.from([b]); })()),
  zlib.createUnzip(),
  new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }),
  (err) => {
    console.log('byte-by-byte unzip', err, JSON.stringify(out.join('')));
    zlib.unzip(zd, (e2, r) => console.log('async unzip zlib', e2, r.toString()));
  },
);
