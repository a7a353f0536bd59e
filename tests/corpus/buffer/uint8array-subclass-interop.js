// Checks Buffer as a Uint8Array subclass (species, map/filter, iteration), buffer.constants, constructor errors, TextEncoder/TextDecoder and StringDecoder interop.
const buffer = require('buffer');
const { StringDecoder } = require('string_decoder');
const b = Buffer.from([1, 2, 3, 4]);
console.log(b instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.name, typeof Buffer);
console.log(buffer.Buffer === Buffer, typeof buffer.SlowBuffer, typeof buffer.kMaxLength, buffer.kMaxLength === buffer.constants.MAX_LENGTH);
console.log(buffer.constants.MAX_LENGTH, buffer.constants.MAX_STRING_LENGTH, Object.keys(buffer.constants).sort().join(','));
const m = b.map((x) => x * 2);
console.log(m instanceof Buffer, m, m.buffer === b.buffer);
const f = b.filter((x) => x % 2 === 0);
console.log(Buffer.isBuffer(f), f, f.length);
console.log([...b].join(','), [...b.keys()].join(','), [...b.entries()].map((e) => e.join(':')).join(' '));
let sum = 0;
for (const x of b) sum += x;
console.log(sum, b.reduce((a, x) => a + x, 0), b.some((x) => x > 3), b.every((x) => x > 0), b.find((x) => x > 2));
console.log(b.at(-1), b.includes(3), Array.from(b.reverse()).join(','), b.join('-'));
console.log(b.sort().join(','), Buffer.isBuffer(b.slice(1)), Buffer.isBuffer(new Uint8Array(b).subarray(1)));
console.log(Object.prototype.toString.call(b), b[Symbol.toStringTag], b.BYTES_PER_ELEMENT, Buffer.BYTES_PER_ELEMENT);
console.log(Buffer.of(65, 66, 67).toString(), Buffer.from('7', 'utf8')[0]);
console.log(Buffer.from({ length: 2, 0: 0x61, 1: 0x62 }).toString(), Buffer.from(new String('str')).toString());
console.log(Buffer.from([256, -1, 3.9, '4', null]).join(','), Buffer.alloc(3, 'a').toString());
for (const fn of [() => Buffer.alloc(-1), () => Buffer.alloc('5'), () => Buffer.allocUnsafe(NaN), () => Buffer.from(5), () => Buffer.from(null), () => Buffer.from(new Set([120, 121])), () => Buffer.from(Symbol('s')), () => Buffer.alloc(2 ** 53)]) {
  try {
    console.log('ok', fn().length);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
const te = new TextEncoder();
const encoded = te.encode('héllo ✓');
console.log(encoded instanceof Uint8Array, Buffer.isBuffer(encoded), encoded.length, Buffer.from(encoded).toString());
const into = Buffer.alloc(4);
const res = te.encodeInto('a€b', into);
console.log(res.read, res.written, into.toString('hex'));
const td = new TextDecoder();
console.log(td.encoding, td.decode(Buffer.from('wörld')), td.decode(Buffer.from('xyz').subarray(1)), JSON.stringify(td.decode()));
console.log(new TextDecoder('utf-16le').decode(Buffer.from('hi', 'utf16le')), new TextDecoder('latin1').encoding);
console.log(JSON.stringify(td.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))), JSON.stringify(new TextDecoder('utf8', { ignoreBOM: true }).decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))));
try { new TextDecoder('utf8', { fatal: true }).decode(Buffer.from([0xff])); } catch (e) { console.log(e.code, e.name); }
const euro = Buffer.from('€');
const stream = new TextDecoder();
console.log(JSON.stringify(stream.decode(euro.subarray(0, 1), { stream: true })), JSON.stringify(stream.decode(euro.subarray(1))));
const sd = new StringDecoder('utf8');
console.log(JSON.stringify(sd.write(euro.subarray(0, 2))), JSON.stringify(sd.write(euro.subarray(2))), JSON.stringify(sd.end(Buffer.from([0xe2]))));
const sdh = new StringDecoder('hex');
console.log(sdh.write(Buffer.from([1, 255])), sdh.encoding, new StringDecoder('base64').end(Buffer.from('ab')), new StringDecoder().encoding);
const plain = () => new Uint8Array([0x61, 0x62, 0x63]);
const P = Buffer.prototype;
const borrowed = {
  toStringUtf8: (x) => P.toString.call(x),
  toStringHex: (x) => P.toString.call(x, 'hex'),
  toStringLatin1: (x) => P.toString.call(x, 'latin1', 0, 2),
  equals: (x) => P.equals.call(x, x),
  compare: (x) => P.compare.call(x, Buffer.from('abd')),
  indexOf: (x) => P.indexOf.call(x, 'b'),
  write: (x) => [P.write.call(x, 'zz', 1), [...x].join(',')].join(' '),
  fill: (x) => [...P.fill.call(x, 'q')].join(','),
  readUInt16BE: (x) => P.readUInt16BE.call(x, 0),
  toJSON: (x) => JSON.stringify(P.toJSON.call(x)),
  slice: (x) => Buffer.isBuffer(P.slice.call(x, 1)),
  utf8Write: (x) => typeof x.utf8Write,
};
for (const [k, fn] of Object.entries(borrowed)) {
  try {
    console.log('borrowed', k, fn(plain()));
  } catch (e) {
    console.log('borrowed', k, 'throws', e.name, e instanceof TypeError);
  }
}
