// Checks buf.write return values with offset/length/encoding overloads, partial multi-byte writes, and toString with start/end.
const b = Buffer.alloc(8);
const show = () => b.toString('hex');
console.log(b.write('abc'), show());
console.log(b.write('xyz', 5), show());
console.log(b.write('longer-string', 6), show());
console.log(b.write('QQQQ', 1, 2), show());
console.log(b.write('ff00', 'hex'), show());
console.log(b.write('eeee', 4, 'hex'), show());
console.log(b.write('11223344', 2, 1, 'hex'), show());
console.log(b.write('€€€', 0), show());
console.log(b.write('€', 6), show());
console.log(b.write('😀', 5), show());
console.log(b.write('aé', 0, 2), show());
console.log(b.write('ab', 0, 3, 'utf16le'), show());
console.log(b.write('AQID', 'base64'), show());
console.log(b.write('zz', 'hex'), b.write('1z', 'hex'), b.write('abc', 'hex'), show());
console.log(b.write('', 3), b.write('x', 8), show());
console.log(b.write('ÿĀ', 0, 'latin1'), b.write('ÿĀ', 2, 'ascii'), show());
for (const fn of [() => b.write(1), () => b.write('a', 9), () => b.write('a', 0, 9), () => b.write('a', -1), () => b.write('a', 0, 1, 'nope'), () => b.write('a', 1.5)]) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
const t = Buffer.from('hello, wörld');
console.log(t.toString('utf8', 0, 5), t.toString('utf8', 7), t.toString(undefined, 2, 4), t.length);
console.log(JSON.stringify(t.toString('utf8', 9, 10)), JSON.stringify(t.toString('utf8', 10)), t.toString('hex', 8, 11));
console.log(JSON.stringify(t.toString('utf8', 5, 2)), JSON.stringify(t.toString('utf8', 100)), t.toString('utf8', -5, 2));
console.log(t.toString('ascii', 0, 100), t.toString('latin1', 8, 11), t.toString('base64', 0, 5));
console.log(t.toString('utf8', '1', '3'), t.toString('utf8', 1.9, 3.9), t.toString('utf8', NaN, 2), t.toString('utf8', 0, NaN) === '');
console.log(t.toString('UTF8', 0, 1), t.toString('Hex', 0, 1), t.toString(undefined, 0, 1));
try { t.toString(null, 0, 1); } catch (e) { console.log(e.code, e.name, e.message); }
try { t.toString('nope'); } catch (e) { console.log(e.code, e.name, e.message); }
try { t.toString(5); } catch (e) { console.log(e.code, e.name, e.message); }
