// Checks readUIntBE/LE, readIntBE/LE, writeUIntBE/LE and writeIntBE/LE for byteLength 1..6 plus range errors.
const b = Buffer.from([0x81, 0x02, 0xf3, 0x04, 0xa5, 0xff, 0x7f, 0x00]);
for (let n = 1; n <= 6; n++) {
  console.log(n, b.readUIntBE(0, n), b.readUIntLE(0, n), b.readIntBE(0, n), b.readIntLE(0, n), b.readIntLE(2, n));
}
console.log(b.readUintBE(1, 3), b.readUintLE(1, 3), b.readUIntBE(2, 6), b.readIntBE(2, 6));
const w = Buffer.alloc(8);
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  const min = -(2 ** (8 * n - 1));
  w.fill(0);
  const r1 = w.writeUIntBE(max, 0, n);
  const h1 = w.toString('hex');
  w.fill(0);
  const r2 = w.writeIntLE(min, 1, n);
  const h2 = w.toString('hex');
  console.log(n, r1, h1, r2, h2, w.readIntLE(1, n) === min);
}
w.fill(0);
console.log(w.writeUIntLE(0x123456789a, 0, 5), w.toString('hex'), w.readUIntLE(0, 5).toString(16));
console.log(w.writeIntBE(-123456789, 2, 4), w.toString('hex'), w.readIntBE(2, 4));
console.log(w.writeUintBE(65535, 6, 2), w.readUint16BE(6));
const bad = [
  () => b.readUIntBE(0, 7),
  () => b.readUIntBE(0, 0),
  () => b.readIntLE(0),
  () => b.readUIntLE(3, 6),
  () => b.readIntBE(-1, 2),
  () => b.readUIntBE(1.5, 2),
  () => w.writeUIntBE(256, 0, 1),
  () => w.writeIntLE(128, 0, 1),
  () => w.writeIntBE(-(2 ** 47) - 1, 0, 6),
  () => w.writeUIntLE(2 ** 48, 0, 6),
  () => w.writeUIntBE(1, 4, 6),
  () => w.writeUIntBE(1, 0, 7),
  () => w.writeIntLE(-1, 0, '2'),
];
for (const fn of bad) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
