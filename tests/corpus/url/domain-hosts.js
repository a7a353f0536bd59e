// Domain hosts: lowercasing, percent-decoding, punycode for non-ASCII labels, forbidden code points, opaque hosts of non-special schemes
const show = (s) => { try { const u = new URL(s); console.log(JSON.stringify(s), '->', u.href, u.hostname); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code); } };
for (const s of ['http://EXAMPLE.com', 'http://%41B.com', 'http://a%2e.b', 'http://a.com./', 'http://a..b/', 'http://münchen.de', 'http://faß.de',
  'http://☃.net', 'http://Ａ.com', 'http://a。b', 'http://xn--ls8h.la/', 'http://💩.la/', 'http://ﬀ.com/', 'http://xn--abc/', 'http://xn--/',
  'http://a<b', 'http://a^b', 'http://a|b', 'http://a%00b', 'http://a%25b', 'https://ex%ample.com', 'http://a%7F/', 'http://a b/',
  'sc://ñ.com', 'sc://a%41', 'sc://%/', 'sc://a b/', 'sc://a^b/', 'sc://a%20b/']) show(s);
