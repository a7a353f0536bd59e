// An empty ? or # stays in href while search/hash read as ''; null vs empty query survives setters
const u = new URL('http://a/?#');
console.log(u.href, JSON.stringify(u.search), JSON.stringify(u.hash));
for (const s of ['http://a?', 'http://a#', 'http://a/??', 'http://a/##', 'sc:x?', 'sc:x#']) { const v = new URL(s); console.log(s, v.href, JSON.stringify([v.search, v.hash])); }
const v = new URL('http://a/?x#y');
v.search = ''; console.log(v.href);
v.hash = ''; console.log(v.href);
v.search = '?'; console.log(v.href, JSON.stringify(v.search));
v.hash = '#'; console.log(v.href, JSON.stringify(v.hash));
console.log(new URL('?', 'http://a/b?c').href, new URL('#', 'http://a/b#c').href);
