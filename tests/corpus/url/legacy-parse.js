// url.parse (legacy): protocol, slashes, auth, host, port, hostname, hash, search, query, pathname, path, href for common and quirky inputs
const url = require('url');
for (const c of ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://X.COM/A', '//host/path', '/path?x=1', 'path', 'mailto:a@b.com',
  'javascript:alert(1)', 'file:///etc/passwd', 'file://host/x', 'http://a.com', 'http://a.com?x', 'http://a.com#h', 'http://[::1]:3000/x', 'http://a b.com/',
  'http://a.com/a b?c d#e f', 'http://a@b@c/d', 'http://a@b?@c', 'http://x.com\\y\\z?a\\b', '  http://trim.com/  ', 'http://münchen.de/', 'http://a.com:/x',
  'http://a.com:abc/x', 'x:y', 'sc://a:1/b', 'http://a.com/"<>`{}|^', '?q=1', '#h', '', 'http://a%20b/', 'http://a_b.com/', 'HTTP://a.com/%7E']) {
  try { const u = url.parse(c); console.log(JSON.stringify(c), JSON.stringify(u), u instanceof url.Url); } catch (e) { console.log(JSON.stringify(c), 'throws', e.code); }
}
console.log(url.parse('http://a/?x=1&x=2&y', true));
console.log(url.parse('http://a/', true).query, url.parse('/x', true).query, url.parse('//h/p', false, true).host);
try { url.parse(5); } catch (e) { console.log(e.code, e.message); }
console.log(new url.Url());
