// URL path normalization: . and .. segments (with %2e forms), backslashes in special schemes, non-special paths keep them
const show = (s, b) => { try { const u = new URL(s, b); console.log(JSON.stringify(s), '->', u.href, u.pathname); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code); } };
for (const s of ['http://a/./b/../c/%2e/%2E%2e/d', 'http://a/b/..', 'http://a/b/.', 'http://a/..', 'http://a/../..', 'http://a/b/%2e%2e/',
  'http://a/b/c/./../../g', 'http:\\\\a\\b\\c', 'sc://a/b\\c/..', 'sc://a/../', 'sc:/a/../..//b', 'sc:/.//p', 'sc:/..//p', 'non-spec:/.//p']) show(s);
for (const r of ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '..', '../..', '../../../g', '', '.', '\\\\h\\p'])
  show(r, 'http://a/b/c/d;p?q');
