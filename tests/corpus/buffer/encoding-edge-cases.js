// Checks decoding edge cases: odd/invalid hex, invalid and unpadded base64/base64url, lone surrogates, ucs2 odd bytes, latin1/ascii high bytes.
const hex = (b) => b.toString('hex');
console.log(hex(Buffer.from('abc', 'hex')), hex(Buffer.from('a', 'hex')), hex(Buffer.from('0g12', 'hex')), hex(Buffer.from('12g4', 'hex')));
console.log(hex(Buffer.from('ABCDEF', 'hex')), hex(Buffer.from(' 12', 'hex')), hex(Buffer.from('12 34', 'hex')), hex(Buffer.from('', 'hex')));
console.log(hex(Buffer.from('aGk=', 'base64')), hex(Buffer.from('aGk', 'base64')), hex(Buffer.from('aG', 'base64')), hex(Buffer.from('a', 'base64')));
console.log(hex(Buffer.from('aG k=\n', 'base64')), hex(Buffer.from('a!G@k#', 'base64')), hex(Buffer.from('aGk=aGk=', 'base64')));
console.log(hex(Buffer.from('-_-_', 'base64')), hex(Buffer.from('+/+/', 'base64url')), hex(Buffer.from('//8=', 'base64url')));
console.log(hex(Buffer.from('====', 'base64')), hex(Buffer.from('aGk===', 'base64')), hex(Buffer.from('QUJD\r\nREVG', 'base64')));
console.log(Buffer.from([0xfb, 0xff, 0xfe]).toString('base64'), Buffer.from([0xfb, 0xff, 0xfe]).toString('base64url'));
console.log(Buffer.from([1]).toString('base64'), Buffer.from([1]).toString('base64url'), Buffer.from([1, 2]).toString('base64'));
const lone = Buffer.from('a\ud800b');
console.log(hex(lone), hex(Buffer.from('\udc00')), hex(Buffer.from('\ud83d\ude00')), hex(Buffer.from('\ude00\ud83d')));
console.log(hex(Buffer.from('\ud800', 'utf16le')), Buffer.from('\ud800', 'utf16le').toString('utf16le').charCodeAt(0).toString(16));
const emoji = Buffer.from('😀x', 'utf16le');
console.log(hex(emoji), emoji.toString('ucs2'), emoji.toString('utf16le', 0, 3).length, emoji.toString('utf16le', 1).length);
console.log(JSON.stringify(Buffer.from([0x61, 0x00, 0x62]).toString('utf16le')), Buffer.from([0x61]).toString('utf16le').length);
const bad = Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xf8, 0x41]);
console.log(JSON.stringify(bad.toString()), bad.toString().length);
console.log(JSON.stringify(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString()), Buffer.from([0xef, 0xbb, 0xbf]).toString().charCodeAt(0));
const high = Buffer.from([0x41, 0x80, 0xe9, 0xff, 0x7f]);
console.log(JSON.stringify(high.toString('latin1')), JSON.stringify(high.toString('ascii')), JSON.stringify(high.toString('binary')));
console.log(hex(Buffer.from('Āé€', 'latin1')), hex(Buffer.from('Āé€', 'ascii')), hex(Buffer.from('é', 'binary')));
console.log(hex(Buffer.from('\u0000\u00ff', 'utf8')), hex(Buffer.from('\u00ff', 'ucs2')), hex(Buffer.from('\uffff')));
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
console.log(all.toString('base64').slice(-12), all.toString('base64url').slice(-12), all.toString('hex').slice(-8));
console.log(Buffer.from(all.toString('latin1'), 'latin1').equals(all), Buffer.from(all.toString('base64'), 'base64').equals(all));
console.log(Buffer.from(all.toString('ascii'), 'ascii').equals(all), Buffer.from(all.toString('utf8')).length);
console.log(atob('aGk='), btoa('hi'), btoa('\u00ff\u00fe'), atob(' aGk '), atob('aGk'), btoa(''), btoa(null), btoa(1));
for (const s of ['', 'a', 'ab', 'abcd', 'ab==', 'ab=', 'a===', 'ab=c', ' a b\tc\nd ', 'a\fb', 'YR==', '_-', 'a!==', '\u00e9', 'abcde', 'ab\u000bcd', 12, null, undefined, {}]) {
  try {
    console.log('atob', JSON.stringify(s), JSON.stringify(atob(s)));
  } catch (e) {
    console.log('atob', JSON.stringify(s), e.name, e.code, e.message, e.constructor.name);
  }
}
for (const fn of [() => btoa('€'), () => btoa('\u0100'), () => btoa(), () => atob()]) {
  try {
    console.log('ok', JSON.stringify(fn()));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(typeof DOMException);
