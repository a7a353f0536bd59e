// Round trips through every format, sync and async, with levels and strings; small outputs are byte-identical to node's.
const zlib = require('zlib');
const input = 'The quick brown fox jumps over the lazy dog. '.repeat(50);
for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw']]) {
  const packed = zlib[`${c}Sync`](input);
  console.log(c, zlib[`${d}Sync`](packed).toString() === input, packed.length < input.length);
}
console.log(zlib.gzipSync('hello').toString('hex'));
console.log(zlib.deflateSync('hello').toString('hex'), zlib.deflateRawSync('hello').toString('hex'));
console.log(zlib.inflateSync(zlib.deflateSync('x', { level: 9 })).toString(), zlib.gunzipSync(zlib.gzipSync('')).length);
zlib.deflate(input, (err, packed) => {
  zlib.unzip(packed, (err2, out) => console.log('async round trip', err, err2, out.toString() === input));
});
