// url.format: the legacy object form (protocol/slashes/auth escaping/query objects) and the WHATWG overload with auth/fragment/search/unicode options
const url = require('url');
for (const f of [{ protocol: 'http', host: 'a.com', pathname: 'x' }, { protocol: 'https:', hostname: 'a.com', port: 8080, pathname: '/p', query: { a: 1, b: [2, 3] } },
  { protocol: 'http:', hostname: '::1', port: 80 }, { protocol: 'mailto', auth: 'a', hostname: 'b.com' }, { protocol: 'file', pathname: '/x' },
  { pathname: '/a?b#c', search: 'q#', hash: 'h' }, { auth: 'u s@:!$&\'()*+,;=/?#[]~é', host: 'h' }, { protocol: 'x', slashes: true, host: 'h', pathname: 'p' }, {}])
  console.log(url.format(f));
console.log(url.format('http://a.com/x?y#z'), url.format(url.parse('http://a/b?c', true)));
const u = new URL('http://user:pw@xn--ida.com:81/p?q=1#frag');
for (const o of [undefined, { auth: false }, { fragment: false }, { search: false }, { unicode: true }, {}]) console.log(url.format(u, o));
for (const bad of [5, null, undefined, true]) { try { url.format(bad); } catch (e) { console.log(e.code, e.message); } }
try { url.format(u, 5); } catch (e) { console.log(e.code, e.message); }
