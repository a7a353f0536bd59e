// url.resolve / url.resolveObject (legacy): RFC-style relative resolution with node's quirks for hostless and non-slashed protocols
const url = require('url');
for (const [a, b] of [['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'], ['http://a/b/c/d;p?q', 'g'],
  ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'], ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'],
  ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'], ['http://a/b/c/d;p?q', 'g#s'], ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../..'],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', ''], ['http://a/b/c/d;p?q', '.'], ['http://a/b/c/d;p?q', 'https://x/y'], ['http://a/b', 'mailto:x@y'],
  ['mailto:a@b', 'c'], ['/a/b', '../../../c'], ['a/b', '../../../c'], ['http://u:p@a/b', '/c'], ['http://u:p@a/b', '//z/c'], ['http://a', 'b'],
  ['http://a/b', 'HTTP://C/D'], ['http://a/b', 'ftp:x'], ['file:///a/b', 'c'], ['', 'x'], ['http://a/b?x#y', '#z']]) console.log(JSON.stringify([a, b]), url.resolve(a, b));
console.log(url.resolveObject('http://a/b', 'c'));
