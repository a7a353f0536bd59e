// Checks basic URL parsing: href, host, pathname, search params, and invalid URL error code.
const u = new URL('https://user:pw@example.com:8080/a/b/../c?x=1&y=two&x=3#frag');
console.log(u.href);
console.log(u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.username);
console.log(u.searchParams.get('x'), u.searchParams.getAll('x'), u.searchParams.get('missing'));
u.searchParams.append('z', 'a b');
console.log(u.search);
console.log(new URL('../up', 'http://h.com/a/b/c').href);
try { new URL('not a url'); } catch (e) { console.log(e.name, e.code); }
console.log(typeof URLSearchParams, new URLSearchParams({ a: '1', b: '2' }).toString());
