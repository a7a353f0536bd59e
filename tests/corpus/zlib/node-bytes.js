// Decompresses bytes that real node's zlib produced (gzip, deflate, deflateRaw, unzip).
const zlib = require('zlib');
const gz = Buffer.from('H4sIAAAAAAAAA8tNTElVSKpUyMtPSVWoyslM0lHIHRWijxAAqoeTkXwBAAA=', 'base64');
const [d, raw] = 'eJxLSU3LSSxJTVFIqlTIy09JBQAznwX7 K0osV0hJTctJLElVSKpUyMtPSQUA'.split(' ').map((s) => Buffer.from(s, 'base64'));
console.log(zlib.gunzipSync(gz).toString().slice(0, 38), zlib.gunzipSync(gz).length);
console.log(zlib.inflateSync(d).toString(), zlib.inflateRawSync(raw).toString());
console.log(zlib.unzipSync(gz).length, zlib.unzipSync(d).toString());
zlib.gunzip(gz, (err, out) => console.log('async', err, out.length));
