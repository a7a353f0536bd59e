// Checks buf.fill with numbers, strings, Buffers, encodings, ranges, partial multi-byte patterns and errors.
const show = (b) => b.toString('hex');
const b = Buffer.alloc(10);
console.log(show(b.fill(0xab)), b.fill(0) === b);
console.log(show(Buffer.alloc(6).fill(257)), show(Buffer.alloc(6).fill(-1)), show(Buffer.alloc(6).fill(3.7)));
console.log(show(Buffer.alloc(7).fill('abc')), show(Buffer.alloc(5).fill('é')), show(Buffer.alloc(7).fill('€')));
console.log(show(Buffer.alloc(6).fill('a', 2)), show(Buffer.alloc(6).fill('a', 1, 3)), show(Buffer.alloc(6).fill('ab', 3, 6)));
console.log(show(Buffer.alloc(6).fill('a1b2', 'hex')), show(Buffer.alloc(6).fill('a1b2', 1, 'hex')), show(Buffer.alloc(6).fill('a1b2', 1, 4, 'hex')));
console.log(show(Buffer.alloc(8).fill('AQID', 'base64')), show(Buffer.alloc(8).fill('hi', 'utf16le')), show(Buffer.alloc(5).fill('ÿ', 'latin1')));
console.log(show(Buffer.alloc(6).fill(Buffer.from([1, 2, 3, 4]))), show(Buffer.alloc(5).fill(new Uint8Array([9, 8]))));
console.log(show(Buffer.alloc(4).fill('')), show(Buffer.alloc(4, 'xy')), show(Buffer.alloc(4, 'ab12', 'hex')));
console.log(show(Buffer.alloc(4).fill(true)), show(Buffer.alloc(4).fill(false)), show(Buffer.alloc(3).fill(null)));
console.log(show(Buffer.alloc(5).fill('a', 0, 5, 'ascii')), show(Buffer.alloc(5).fill('ab', 'binary')));
console.log(show(Buffer.alloc(4).fill('z', 4)), show(Buffer.alloc(4).fill('z', 2, 2)), show(Buffer.alloc(4).fill('z', 3, 1)));
console.log(show(Buffer.alloc(4).fill(0x41, 1, 3)), show(Buffer.alloc(4).fill(0x42, 1, undefined)));
const big = Buffer.alloc(4);
const s = big.subarray(1, 3).fill(0xcc);
console.log(show(big), show(s));
const bad = [
  () => Buffer.alloc(4).fill('zz', 'hex'),
  () => Buffer.alloc(4).fill('a', 'nope'),
  () => Buffer.alloc(4).fill('a', -1),
  () => Buffer.alloc(4).fill('a', 0, 5),
  () => Buffer.alloc(4).fill('a', '1'),
  () => Buffer.alloc(4).fill('a', 0, 2, 5),
  () => Buffer.alloc(3, 'zz', 'hex'),
  () => Buffer.alloc(4).fill({}),
  () => Buffer.alloc(4).fill(Buffer.alloc(0)),
  () => Buffer.alloc(4).fill(0x41, 1, 3.5),
  () => Buffer.alloc(4).fill('ab', 0, 4, 'utf8'),
];
for (const fn of bad) {
  try {
    console.log('ok', show(fn()));
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
