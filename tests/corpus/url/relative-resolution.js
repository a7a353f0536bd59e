// new URL(input, base): relative references against special, non-special, opaque and file bases, scheme-relative and same-scheme inputs
const show = (i, b) => { try { console.log(JSON.stringify([i, b]), '->', new URL(i, b).href); } catch (e) { console.log(JSON.stringify([i, b]), 'throws', e.code); } };
for (const [i, b] of [['/x', 'http://a/b/c'], ['x', 'http://a/b/c'], ['../x', 'http://a/b/c'], ['?q', 'http://a/b?z#h'], ['#h', 'http://a/b?z'],
  ['', 'http://a/b?z#h'], ['//h/p', 'https://a/b'], ['\\\\h\\p', 'https://a/b'], ['x', 'sc:opaque'], ['#f', 'sc:opaque'], ['x', 'sc://a/b/c'],
  ['//x', 'sc://a/b'], ['http:x', 'http://a/b/c'], ['http:/x', 'http://a/b'], ['https:x', 'http://a/b'], ['  x  ', 'http://a/'], ['a b', 'http://a'],
  ['x', new URL('http://base/dir/')], ['http://abs/', 'not a url']]) show(i, b);
