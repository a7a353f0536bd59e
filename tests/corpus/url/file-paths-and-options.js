// url.fileURLToPath / pathToFileURL (posix) and urlToHttpOptions: decoding, encoded-slash and host errors, characters a path must escape
const url = require('url');
for (const p of ['file:///tmp/a%20b', 'file:///a/%2F', 'file://host/x', 'http://x/', new URL('file:///x/y'), 'file://localhost/etc', 'file:///%E2%82%AC', 5, undefined]) {
  try { console.log(url.fileURLToPath(p)); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const p of ['/tmp/a b', '/tmp/x/', '/a?b#c', '/é%\\\t', '/a/../b']) console.log(url.pathToFileURL(p).href);
try { url.pathToFileURL(5); } catch (e) { console.log(e.code, e.message); }
console.log(url.urlToHttpOptions(new URL('http://u%20x:p@[::1]:99/a?b#c')));
console.log(url.urlToHttpOptions(new URL('https://a.com/')));
console.log(url.URL === URL, url.URLSearchParams === URLSearchParams, Object.keys(url));
