// file: URLs: empty host, localhost dropped, file:/p and file:p forms, drive letters, relative resolution against a file base
const show = (s, base) => {
  try { const u = new URL(s, base); console.log(JSON.stringify(s), '->', u.href, JSON.stringify(u.host), u.pathname, u.origin); }
  catch (e) { console.log(JSON.stringify(s), 'throws', e.code); }
};
for (const s of ['file:///tmp/x', 'file://host/p', 'file:/p', 'file:p', 'file:', 'file://localhost/a', 'file://LOCALHOST/x',
  'FILE:///x', 'file:\\\\h\\p', 'file:///C:/x/../..', 'file:///C|/y', 'file://C:/z', 'file:c:/x', 'file://h:80/', 'file://u@h/',
  'file:///./a/%2e%2E/b', 'file://[::1]/x', 'file:?q', 'file:#h']) show(s);
show('x', 'file:///a/b');
show('/x', 'file:///C:/a/b');
show('..', 'file:///C:/');
show('//h2/q', 'file:///a');
show('?q', 'file:///a/b?z');
