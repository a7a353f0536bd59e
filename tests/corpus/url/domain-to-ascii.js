// url.domainToASCII / domainToUnicode: punycode both ways, lowercasing, IPv4/IPv6 hosts, '' for invalid domains, the part before / ? # only
const url = require('url');
for (const d of ['example.com', 'EXAMPLE.com', 'münchen.de', 'xn--mnchen-3ya.de', 'XN--MNCHEN-3YA.DE', 'a b.com', '', 'faß.de', '☃.net', '日本.jp',
  'a..b', '1.2.3.4', '0x7f.1', '[::1]', 'a:b', 'a/b', 'a?b', 'a#b', 'xn--abc', 'ＡＢＣ.com', 'ab%41.com'])
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
try { url.domainToASCII(); } catch (e) { console.log(e.code, e.message); }
