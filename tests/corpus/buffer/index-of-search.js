// Checks indexOf/lastIndexOf/includes with strings, numbers, Buffers, byteOffset coercion and encodings.
const b = Buffer.from('this is a buffer, a fine buffer');
console.log(b.indexOf('buffer'), b.lastIndexOf('buffer'), b.indexOf('buffer', 11), b.indexOf('buffer', 27));
console.log(b.indexOf('a', -10), b.lastIndexOf('a', -15), b.lastIndexOf('a', 5), b.indexOf('zzz'));
console.log(b.indexOf(0x61), b.indexOf(97 + 256), b.indexOf(-159), b.indexOf(97.9), b.lastIndexOf(0x66));
console.log(b.indexOf(Buffer.from('fine')), b.indexOf(new Uint8Array([0x61, 0x20])), b.lastIndexOf(Buffer.from('a ')));
console.log(b.indexOf(''), b.indexOf('', 5), b.indexOf('', 100), b.lastIndexOf(''), b.lastIndexOf('', 3));
console.log(b.indexOf(Buffer.alloc(0)), b.indexOf(Buffer.alloc(0), 40), b.includes(''));
console.log(b.indexOf('is', null), b.indexOf('is', {}), b.indexOf('is', NaN));
console.log(b.lastIndexOf('is', NaN), b.lastIndexOf('is', undefined), b.lastIndexOf('is', null), b.lastIndexOf('is', 4.9));
console.log(b.indexOf('is', 2.5), b.indexOf('t', -1000), b.lastIndexOf('t', 1000), b.indexOf('t', 1000));
console.log(b.includes('fine'), b.includes('fine', 25), b.includes(0x2c), b.includes(Buffer.from('this'), 1));
const hexBuf = Buffer.from('00ff10ff20', 'hex');
console.log(hexBuf.indexOf('ff10', 0, 'hex'), hexBuf.indexOf('ff', 2, 'hex'), hexBuf.lastIndexOf('ff', 'hex'));
console.log(hexBuf.indexOf('ff', 'hex'), hexBuf.includes('20', 'hex'), hexBuf.indexOf(0xff, 2));
const u16 = Buffer.from('abcabc', 'utf16le');
console.log(u16.indexOf('c', 0, 'utf16le'), u16.lastIndexOf('c', undefined, 'ucs2'), u16.indexOf('bc', 'utf16le'), u16.indexOf('b'));
const b64 = Buffer.from('hello world');
console.log(b64.indexOf('d29y', 0, 'base64'), b64.indexOf('6c6c', 'hex'), b64.indexOf('wor', 'latin1'));
const utf = Buffer.from('naïve café ☕ ☕');
console.log(utf.indexOf('é'), utf.indexOf('☕'), utf.lastIndexOf('☕'), utf.indexOf(Buffer.from('☕').subarray(1)));
console.log(Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf(''));
for (const fn of [() => b.indexOf({}), () => b.indexOf(null), () => b.indexOf('a', 0, 'nope'), () => b.indexOf('is', '3'), () => b.includes([1])]) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
