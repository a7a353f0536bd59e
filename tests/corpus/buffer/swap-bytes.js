// Checks swap16/swap32/swap64 in place on buffers and subarrays, their return value, and RangeErrors for bad sizes.
const seq = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i + 1));
const hex = (b) => b.toString('hex');
for (const n of [2, 4, 8, 16, 0]) console.log('swap16', n, hex(seq(n).swap16()));
for (const n of [4, 8, 16, 0]) console.log('swap32', n, hex(seq(n).swap32()));
for (const n of [8, 16, 24, 0]) console.log('swap64', n, hex(seq(n).swap64()));
const big = seq(256).swap16();
console.log(big[0], big[1], big[254], big[255]);
const big32 = seq(200).swap32();
console.log(big32[0], big32[3], big32[196], big32[199]);
const b = seq(8);
console.log(b.swap16() === b, hex(b), hex(b.swap16()));
const parent = seq(10);
parent.subarray(1, 9).swap32();
console.log(hex(parent));
parent.subarray(2, 4).swap16();
console.log(hex(parent));
const text = Buffer.from('héllo', 'utf16le');
console.log(hex(text), text.swap16().toString('utf16le').length, hex(text));
const bom = Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00, 0x42]);
console.log([...bom.swap16().toString('utf16le')].map((c) => c.charCodeAt(0).toString(16)).join(' '));
for (const [name, n] of [['swap16', 3], ['swap16', 1], ['swap32', 6], ['swap32', 2], ['swap64', 12], ['swap64', 4]]) {
  try {
    seq(n)[name]();
    console.log('no error', name, n);
  } catch (e) {
    console.log(name, n, e.code, e.name, e.message);
  }
}
const f = new Float64Array([1]);
const fb = Buffer.from(f.buffer).swap64();
console.log(hex(fb), fb.readDoubleBE(0));
