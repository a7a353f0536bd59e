// Checks argument validation of randomInt/randomBytes/randomFill/randomFillSync/getRandomValues/randomUUID (codes and messages) and the shapes of valid results.
const crypto = require('crypto');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', r === undefined ? 'undefined' : r.constructor.name); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
show('randomInt(0)', () => crypto.randomInt(0));
show('randomInt(-5)', () => crypto.randomInt(-5));
show('randomInt(10, 5)', () => crypto.randomInt(10, 5));
show('randomInt(1.5)', () => crypto.randomInt(1.5));
show('randomInt("5")', () => crypto.randomInt('5'));
show('randomInt(2**48+1)', () => crypto.randomInt(2 ** 48 + 1));
show('randomInt(0, 2**48)', () => crypto.randomInt(0, 2 ** 48));
show('randomInt(-(2**53), 0)', () => crypto.randomInt(-(2 ** 53), 0));
show('randomInt(1, cb-not-fn)', () => crypto.randomInt(1, 'x'));
show('randomInt(0, 1, 5)', () => crypto.randomInt(0, 1, 5));
show('randomBytes(-1)', () => crypto.randomBytes(-1));
show('randomBytes(1.5)', () => crypto.randomBytes(1.5));
show('randomBytes("4")', () => crypto.randomBytes('4'));
show('randomBytes(4, 5)', () => crypto.randomBytes(4, 5));
show('randomFillSync(string)', () => crypto.randomFillSync('abc'));
show('randomFillSync offset>len', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('randomFillSync offset+size>len', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
show('randomFillSync negative offset', () => crypto.randomFillSync(Buffer.alloc(4), -1));
show('randomFillSync ArrayBuffer', () => crypto.randomFillSync(new ArrayBuffer(8)));
show('randomFill no cb', () => crypto.randomFill(Buffer.alloc(4)));
show('getRandomValues Float32Array', () => crypto.getRandomValues(new Float32Array(2)));
show('getRandomValues 65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
show('getRandomValues 65536 bytes', () => crypto.getRandomValues(new Uint8Array(65536)));
show('getRandomValues BigInt64Array', () => crypto.getRandomValues(new BigInt64Array(2)));
show('getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
show('randomUUID bad options', () => crypto.randomUUID(5));
show('randomUUID disableEntropyCache', () => crypto.randomUUID({ disableEntropyCache: true }));
const b = Buffer.alloc(8, 0xaa);
crypto.randomFillSync(b, 2, 0);
console.log('size 0 keeps bytes', b.toString('hex'));
const b2 = Buffer.alloc(8, 0xaa);
crypto.randomFillSync(b2, 0, 6);
console.log('tail untouched', b2.subarray(6).toString('hex'));
let inRange = true;
for (let i = 0; i < 500; i++) { const v = crypto.randomInt(-3, -1); if (v !== -3 && v !== -2) inRange = false; }
console.log('negative range', inRange);
console.log('single value', crypto.randomInt(7, 8), crypto.randomInt(1));
console.log('uuid length', crypto.randomUUID().length, typeof crypto.randomUUID());
show('randomBytes(2**31)', () => crypto.randomBytes(2 ** 31));
crypto.randomFill(new Uint32Array(4), 1, 2, (err, arr) => console.log('randomFill offsets', err, arr.constructor.name, arr.length, arr[0], arr[3]));
crypto.randomInt(3, 4, (err, n) => console.log('randomInt async', err, n));
