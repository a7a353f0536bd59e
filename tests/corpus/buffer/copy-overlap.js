// Checks buf.copy return values, clamping, overlapping copies within one buffer, Uint8Array targets and errors.
const src = Buffer.from('0123456789');
const t = Buffer.alloc(6, '.');
console.log(src.copy(t), t.toString());
t.fill('.');
console.log(src.copy(t, 2), t.toString());
t.fill('.');
console.log(src.copy(t, 1, 4, 7), t.toString());
t.fill('.');
console.log(src.copy(t, 0, 8), t.toString());
t.fill('.');
console.log(src.copy(t, 6), src.copy(t, 0, 5, 5), src.copy(t, 0, 7, 3), t.toString());
console.log(src.copy(t, 0, 0, 100), t.toString());
const o1 = Buffer.from('abcdefghij');
console.log(o1.copy(o1, 2, 0, 6), o1.toString());
const o2 = Buffer.from('abcdefghij');
console.log(o2.copy(o2, 0, 3), o2.toString());
const o3 = Buffer.from('abcdefghij');
console.log(o3.subarray(0, 5).copy(o3, 1), o3.toString());
const o4 = Buffer.from('abcdefghij');
console.log(o4.copy(o4.subarray(4), 0, 0, 6), o4.toString());
const u8 = new Uint8Array(4);
console.log(Buffer.from('wxyz').copy(u8, 1), Array.from(u8).join(','));
console.log(src.copy(t, 0, 2.9, 5.1), t.toString());
console.log(src.copy(t, undefined, undefined, 3), t.toString());
console.log(src.copy(t, '1', '2', '4'), t.toString());
console.log(Buffer.alloc(0).copy(t), src.copy(Buffer.alloc(0)));
console.log(Buffer.prototype.copy.call(new Uint8Array([1, 2, 3]), t, 3), [...t.subarray(3)].join(','));
const bad = [
  () => src.copy('str'),
  () => src.copy(t, -1),
  () => src.copy(t, 0, -1),
  () => src.copy(t, 0, 11),
  () => src.copy(t, 0, 0, -1),
  () => src.copy(t, 7),
  () => src.copy([1, 2]),
];
for (const fn of bad) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
