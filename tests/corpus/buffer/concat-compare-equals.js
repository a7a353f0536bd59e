// Checks Buffer.concat with totalLength truncation/zero-padding, Buffer.compare/equals/buf.compare with ranges, sorting, and argument errors.
const ca = Buffer.from('abc');
const cb = Buffer.from('defg');
const cc = new Uint8Array([0x68, 0x69]);
console.log(Buffer.concat([ca, cb]).toString(), Buffer.concat([ca, cb]).length);
console.log(Buffer.concat([ca, cb], 5).toString(), Buffer.concat([ca, cb], 5).length);
console.log(Buffer.concat([ca, cb], 10));
console.log(Buffer.concat([ca, cb], 0).length, Buffer.concat([], 5));
console.log(Buffer.concat([]).length, Buffer.concat([ca]).toString());
console.log(Buffer.concat([ca, cc]).toString(), Buffer.isBuffer(Buffer.concat([cc])));
const one = Buffer.concat([ca]);
one[0] = 0x7a;
console.log(ca.toString(), one.toString(), one !== ca);
const parts = [Buffer.from('x'), Buffer.alloc(0), Buffer.from('yz')];
console.log(Buffer.concat(parts).toString(), Buffer.concat(parts, 2).toString());
const big = Buffer.concat([Buffer.alloc(3, 1), Buffer.alloc(3, 2)], 8);
console.log([...big].join(' '));
const badConcat = [
  () => Buffer.concat('abc'),
  () => Buffer.concat([ca, 'str']),
  () => Buffer.concat([ca, [1, 2]]),
  () => Buffer.concat([ca], -1),
  () => Buffer.concat([ca], 'x'),
  () => Buffer.concat([ca, cb], 3.9),
  () => Buffer.concat([ca, cb], '4'),
  () => Buffer.concat(null),
];
for (const fn of badConcat) {
  try {
    const r = fn();
    console.log('ok', r.length);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
const sub = Buffer.from('0123456789').subarray(3, 6);
console.log(Buffer.concat([sub, sub]).toString());
const dv = Buffer.concat([new Uint8Array(new ArrayBuffer(4), 1, 2)]);
console.log(dv, dv.byteLength);
const a = Buffer.from('abcdef');
const b = Buffer.from('abcxyz');
const c = Buffer.from('abc');
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a));
console.log(Buffer.compare(c, a), Buffer.compare(a, c), Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)));
console.log(a.equals(Buffer.from('abcdef')), a.equals(b), a.equals(new Uint8Array([97, 98, 99, 100, 101, 102])));
console.log(Buffer.alloc(0).equals(Buffer.alloc(0)), c.equals(a.subarray(0, 3)));
console.log(a.compare(b), a.compare(b, 0, 3), a.compare(b, 0, 3, 0, 3));
console.log(a.compare(b, 0, 3, 0, 4), a.compare(b, 0, 4, 0, 3));
console.log(a.compare(c, 0), a.compare(c, 0, 3, 0, 3), a.compare(c, 1, 2, 1, 2));
console.log(b.compare(a, 3, 6, 3, 6), a.compare(b, 3, 6, 3, 6));
console.log(a.compare(b, 2, 2, 0, 0), a.compare(b, 6), a.compare(b, 0, 0));
console.log(a.compare(b, undefined, undefined, 0, 3), a.compare(b, 0, undefined, 3));
console.log(Buffer.compare(Buffer.from([0xff]), Buffer.from([0x01, 0x00])));
console.log(Buffer.compare(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
const list = ['pear', 'apple', 'Zebra', 'apples', '', 'ápple'].map((s) => Buffer.from(s));
console.log(list.sort(Buffer.compare).map((x) => JSON.stringify(x.toString())).join(' '));
const bad = [
  () => Buffer.compare(a, 'abc'),
  () => Buffer.compare('abc', a),
  () => a.equals('abcdef'),
  () => a.compare('abc'),
  () => a.compare(b, -1),
  () => a.compare(b, 0, 7),
  () => a.compare(b, 0, 3, -1),
  () => a.compare(b, 0, 3, 0, 7),
  () => a.compare(b, '1'),
  () => a.compare(b, 0, 3, 4, 2),
];
for (const fn of bad) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
