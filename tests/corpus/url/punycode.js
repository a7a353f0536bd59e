// punycode module (deprecated, the warning goes to stderr): encode/decode round trips, invalid input errors, toASCII/toUnicode of domains and emails, ucs2
const p = require('punycode');
console.log(Object.keys(p), p.version, Object.keys(p.ucs2));
for (const s of ['münchen', 'mañana', '☃', 'abc', '', 'ü', '日本語', 'ABC-ü', '\u{1F600}x']) console.log(JSON.stringify(s), p.encode(s), p.decode(p.encode(s)) === s);
for (const s of ['mnchen-3ya', 'abc-', 'xn--x', 'ü', 'zzzzzzzzzzzzzzzzzzz']) { try { console.log(JSON.stringify(p.decode(s))); } catch (e) { console.log(e.name, e.message); } }
console.log(p.toASCII('mañana.com'), p.toASCII('user@mañana.com'), p.toASCII('a。b．c'), p.toASCII('ABC.com'));
console.log(p.toUnicode('xn--maana-pta.com'), p.toUnicode('XN--MAANA-PTA.com'), p.toUnicode('user@xn--maana-pta.com'), p.toUnicode('abc'));
console.log(p.ucs2.decode('a\u{1F600}\ud800b'), p.ucs2.encode([97, 0x1F600]));
