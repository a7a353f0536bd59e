// Checks timingSafeEqual on Buffers, TypedArrays of different element types, DataViews and ArrayBuffers, and its length-mismatch and type errors.
const crypto = require('crypto');
const tse = crypto.timingSafeEqual;
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
show('equal buffers', () => tse(Buffer.from('secret'), Buffer.from('secret')));
show('differ last byte', () => tse(Buffer.from('secreT'), Buffer.from('secret')));
show('differ first byte', () => tse(Buffer.from('Secret'), Buffer.from('secret')));
show('empty', () => tse(Buffer.alloc(0), Buffer.alloc(0)));
show('empty typed arrays', () => tse(new Uint8Array(0), new Uint32Array(0)));
show('uint8 vs buffer', () => tse(new Uint8Array([1, 2, 3]), Buffer.from([1, 2, 3])));
show('uint16 vs uint8 same bytes', () => tse(new Uint16Array([0x0201]), new Uint8Array([1, 2])));
show('uint32 vs float32 bytes', () => tse(new Uint32Array([0x3f800000]), new Float32Array([1])));
show('float64 NaN vs NaN', () => tse(new Float64Array([NaN]), new Float64Array([NaN])));
show('float64 0 vs -0', () => tse(new Float64Array([0]), new Float64Array([-0])));
show('dataview', () => tse(new DataView(new ArrayBuffer(4)), Buffer.alloc(4)));
show('arraybuffer', () => tse(new ArrayBuffer(3), new ArrayBuffer(3)));
show('arraybuffer vs buffer', () => tse(new Uint8Array([9, 9]).buffer, Buffer.from([9, 9])));
const big = Buffer.alloc(4096, 7);
const big2 = Buffer.from(big);
show('4 KiB equal', () => tse(big, big2));
big2[4095] = 8;
show('4 KiB differ', () => tse(big, big2));
const pool = Buffer.from('xxabcxx');
show('subarray views', () => tse(pool.subarray(2, 5), Buffer.from('abc')));
show('length 1 vs 2', () => tse(Buffer.from('a'), Buffer.from('ab')));
show('length 0 vs 1', () => tse(Buffer.alloc(0), Buffer.alloc(1)));
show('uint16(1) vs uint8(1)', () => tse(new Uint16Array(1), new Uint8Array(1)));
show('string args', () => tse('abc', 'abc'));
show('string second', () => tse(Buffer.from('abc'), 'abc'));
show('number', () => tse(1, 1));
show('array', () => tse([1], [1]));
show('null', () => tse(null, Buffer.alloc(1)));
show('no args', () => tse());
show('hmac compare', () => {
  const a = crypto.createHmac('sha256', 'k').update('m').digest();
  const b = crypto.createHmac('sha256', 'k').update('m').digest();
  return tse(a, b);
});
show('typeof result', () => typeof tse(Buffer.alloc(1), Buffer.alloc(1)));
