// Corrupt input fails with zlib's codes and messages (Z_DATA_ERROR, Z_BUF_ERROR), sync and async.
const zlib = require('zlib');
const tries = [
  () => zlib.gunzipSync(Buffer.from('garbage data')),
  () => zlib.gunzipSync(zlib.gzipSync('hello world').subarray(0, 15)),
  () => zlib.inflateSync(Buffer.from('789c0000', 'hex')),
  () => zlib.inflateRawSync(Buffer.from('ff', 'hex')),
  () => zlib.inflateSync(Buffer.from('not zlib')),
  () => zlib.gzipSync(42),
];
for (const t of tries) {
  try { t(); console.log('ok'); } catch (e) { console.log(e.code, e.errno, e.message); }
}
zlib.gunzip(Buffer.from('nope'), (e) => console.log('async', e.code, e.errno, e.message, Object.keys(e)));
