// Checks exact compressed bytes (hex) of short fixed inputs for deflate/deflateRaw/gzip at levels 0-9, several strategies, memLevel and windowBits, plus the gzip header fields.
const zlib = require('zlib');
const input = 'abcabcabcabc hello hello hello';
for (const level of [0, 1, 2, 5, 6, 9, -1]) {
  console.log('deflate level', level, zlib.deflateSync(input, { level }).toString('hex'));
}
console.log('deflateRaw level 0', zlib.deflateRawSync('hi', { level: 0 }).toString('hex'));
console.log('deflateRaw level 1', zlib.deflateRawSync(input, { level: 1 }).toString('hex'));
console.log('gzip level 9', zlib.gzipSync(input, { level: 9 }).toString('hex'));
console.log('gzip level 1', zlib.gzipSync(input, { level: 1 }).toString('hex'));
console.log('gzip level 0', zlib.gzipSync('hi', { level: 0 }).toString('hex'));
const c = zlib.constants;
for (const [name, strategy] of [['FILTERED', c.Z_FILTERED], ['HUFFMAN_ONLY', c.Z_HUFFMAN_ONLY], ['RLE', c.Z_RLE], ['FIXED', c.Z_FIXED], ['DEFAULT', c.Z_DEFAULT_STRATEGY]]) {
  console.log('strategy', name, zlib.deflateSync('aaaaaaaaaabbbbbbbbbbaaaaaaaaaa', { strategy }).toString('hex'));
}
for (const memLevel of [1, 9]) console.log('memLevel', memLevel, zlib.deflateSync(input, { memLevel }).toString('hex'));
for (const windowBits of [9, 10, 12, 15]) console.log('windowBits', windowBits, zlib.deflateSync(input, { windowBits }).toString('hex'));
console.log('empty deflate', zlib.deflateSync('').toString('hex'));
console.log('empty deflateRaw', zlib.deflateRawSync(Buffer.alloc(0)).toString('hex'));
console.log('empty gzip', zlib.gzipSync('').toString('hex'));
const gz = zlib.gzipSync(input);
console.log('gzip magic', gz.subarray(0, 2).toString('hex'), 'method', gz[2], 'flags', gz[3]);
console.log('gzip mtime', gz.readUInt32LE(4), 'xfl', gz[8], 'os', gz[9]);
console.log('gzip xfl at level 9 / 1', zlib.gzipSync(input, { level: 9 })[8], zlib.gzipSync(input, { level: 1 })[8]);
console.log('gzip trailer isize', gz.readUInt32LE(gz.length - 4), 'crc', gz.readUInt32LE(gz.length - 8).toString(16));
console.log('deflate header', zlib.deflateSync(input, { level: 1 }).subarray(0, 2).toString('hex'), zlib.deflateSync(input, { level: 9 }).subarray(0, 2).toString('hex'), zlib.deflateSync(input, { level: 0 }).subarray(0, 2).toString('hex'));
const zeros = Buffer.alloc(1000);
console.log('1000 zeros deflate', zlib.deflateSync(zeros).toString('hex'));
console.log('binary input', zlib.deflateRawSync(Buffer.from([0, 1, 2, 3, 255, 254, 253])).toString('hex'));
console.log('async equals sync');
zlib.deflate(input, { level: 9 }, (err, out) => console.log(' ', err, out.equals(zlib.deflateSync(input, { level: 9 }))));
