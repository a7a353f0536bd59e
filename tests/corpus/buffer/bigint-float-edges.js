// Checks BigInt64/BigUInt64 read/write, float/double edge values (NaN, -0, Infinity, denormals, rounding) and range errors.
const b = Buffer.alloc(16);
console.log(b.writeBigInt64BE(-1n, 0), b.toString('hex', 0, 8), b.readBigUInt64BE(0), b.readBigInt64LE(0));
console.log(b.writeBigUInt64LE(2n ** 64n - 1n, 8), b.readBigUInt64LE(8), b.readBigInt64BE(8));
b.writeBigInt64LE(-(2n ** 63n), 0);
console.log(b.toString('hex', 0, 8), b.readBigInt64LE(0), typeof b.readBigInt64LE(0));
b.writeBigUInt64BE(0x0102030405060708n, 0);
console.log(b.toString('hex', 0, 8), b.readBigUint64LE(0), b.readBigUInt64BE(0).toString(16));
console.log(b.writeBigUint64BE(123n, 8), b.readBigInt64BE(8));
for (const [fn, v] of [['writeBigInt64LE', 2n ** 63n], ['writeBigUInt64BE', -1n], ['writeBigUInt64LE', 2n ** 64n]]) {
  try {
    b[fn](v, 0);
    console.log('ok', fn);
  } catch (e) {
    console.log(fn, e.code, e.name, e.message);
  }
}
try { b.writeBigInt64BE(1, 0); } catch (e) { console.log(e instanceof TypeError, e.code); }
try { b.readBigInt64LE(9); } catch (e) { console.log(e.code, e.name, e.message); }
const f = Buffer.alloc(8);
for (const v of [NaN, -0, 0, Infinity, -Infinity, 1e-45, 3.4028235e38, 3.5e38, 1.1, 16777217, 5e-324, -1e-46]) {
  f.writeFloatBE(v, 0);
  const r = f.readFloatBE(0);
  f.writeDoubleLE(v, 0);
  const d = f.readDoubleLE(0);
  console.log(String(v), f.toString('hex'), Object.is(r, -0) ? '-0' : String(r), Object.is(d, -0) ? '-0' : String(d));
}
f.writeFloatLE(-0, 0);
console.log(f.toString('hex', 0, 4), 1 / f.readFloatLE(0));
console.log(Buffer.from('7ff8000000000001', 'hex').readDoubleBE(0), Buffer.from('7f800001', 'hex').readFloatBE(0));
console.log(Buffer.from('0000000000000080', 'hex').readDoubleLE(0), 1 / Buffer.from('0000000000000080', 'hex').readDoubleLE(0));
console.log(f.writeFloatLE('2.5', 0), f.readFloatLE(0), f.writeDoubleBE(undefined, 0), f.readDoubleBE(0));
try { f.writeDoubleLE(1, 1); } catch (e) { console.log(e.code, e.name, e.message); }
try { f.readFloatBE(5); } catch (e) { console.log(e.code, e.name, e.message); }
