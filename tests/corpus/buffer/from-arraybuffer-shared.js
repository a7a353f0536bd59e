// Checks Buffer.from(arrayBuffer, byteOffset, length) shares memory with the ArrayBuffer and validates offset/length.
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab);
for (let i = 0; i < 8; i++) u8[i] = i + 1;
const b = Buffer.from(ab);
console.log(b.length, b.byteOffset, b.buffer === ab);
const b2 = Buffer.from(ab, 2);
console.log(b2.length, b2.byteOffset, [...b2].join(','));
const b3 = Buffer.from(ab, 3, 2);
console.log(b3.length, b3.byteOffset, [...b3].join(','));
u8[3] = 99;
console.log(b[3], b2[1], b3[0]);
b3[1] = 77;
console.log(u8[4], b[4], b2[2]);
const b4 = Buffer.from(ab, 8);
console.log(b4.length, b4.byteOffset);
const b5 = Buffer.from(ab, '2', '3');
console.log(b5.length, b5.byteOffset);
const b6 = Buffer.from(ab, undefined, 4);
console.log(b6.length, b6.byteOffset);
for (const args of [[9], [2, 7], [0, 9], [8, 1]]) {
  try {
    Buffer.from(ab, ...args);
    console.log('no error', args.join(','));
  } catch (e) {
    console.log(args.join(','), e.code, e.name, e.message);
  }
}
const f32 = new Float32Array([1.5, -2]);
const bf = Buffer.from(f32.buffer);
console.log(bf.length, bf.readFloatLE(0), bf.readFloatLE(4));
bf.writeFloatLE(3.25, 0);
console.log(f32[0]);
const copied = Buffer.from(new Uint8Array([5, 6, 7]));
console.log(copied, copied.buffer.byteLength >= 3);
const typedCopy = Buffer.from(new Uint16Array([0x1234, 0xffff]));
console.log(typedCopy, typedCopy.length);
const view = new Uint8Array(ab, 1, 3);
const fromView = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
fromView[0] = 200;
console.log(u8[1], fromView.length);
const sab = new SharedArrayBuffer(4);
const bs = Buffer.from(sab);
new Uint8Array(sab)[0] = 42;
console.log(bs[0], bs.buffer === sab, bs.length);
const empty = Buffer.from(new ArrayBuffer(0));
console.log(empty.length, empty);
