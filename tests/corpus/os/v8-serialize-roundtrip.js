// v8.serialize / v8.deserialize: the wire header, and round trips of plain values, Maps, Sets, Dates, typed arrays and cycles.
const v8 = require('v8');

const b = v8.serialize('hi');
console.log(Buffer.isBuffer(b), b.toString('hex'));
console.log(v8.serialize(42).toString('hex'), v8.serialize(true).toString('hex'), v8.serialize(null).toString('hex'));
const value = {
  n: 1.5, s: 'text', big: 10n, arr: [1, , 3], nested: { ok: true },
  map: new Map([['a', 1]]), set: new Set([1, 2]), date: new Date(0), re: /x+/gi,
  u8: new Uint8Array([1, 2, 3]), buf: Buffer.from('ab'),
};
const back = v8.deserialize(v8.serialize(value));
console.log(back);
console.log(back.map instanceof Map, back.date instanceof Date, back.u8 instanceof Uint8Array, Buffer.isBuffer(back.buf));
const cyc = { name: 'c' };
cyc.self = cyc;
const c2 = v8.deserialize(v8.serialize(cyc));
console.log(c2.self === c2, c2 !== cyc);
try {
  v8.serialize(() => 1);
} catch (e) {
  console.log(e.name, e.message);
}
try {
  v8.deserialize('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
