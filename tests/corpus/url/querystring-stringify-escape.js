// querystring.stringify / escape / unescape / unescapeBuffer: value types, arrays, custom sep/eq/encoder, the unescaped byte set, malformed input
const qs = require('querystring');
for (const o of [{ a: 1, b: 'x y', c: [1, 2], d: [], e: true, f: null, g: undefined, h: NaN, i: {}, j: 10n, 'k l': '~!*()\'' }, 'str', null, 5, [1, 2]])
  console.log(JSON.stringify(qs.stringify(o)));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.escape('a b&c/é😀~*'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }), qs.unescape('a%20b+c%zz'), qs.unescape('a+b%', true));
try { qs.escape('\ud800'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(qs.unescapeBuffer('a%20b+%zz%41%'), qs.unescapeBuffer('a+b', true));
let all = ''; for (let i = 0; i < 128; i++) all += String.fromCharCode(i); console.log(qs.escape(all));
