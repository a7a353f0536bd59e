// URL port/pathname setters: default port clears, leading digits kept, out-of-range ignored, paths percent-encoded and dot-normalized, opaque paths unchanged
const t = (href, prop, v) => { const u = new URL(href); u[prop] = v; console.log(href, prop, JSON.stringify(v), '->', u.href, JSON.stringify(u[prop])); };
t('http://a/', 'port', 80); t('http://a/', 'port', '8080abc'); t('http://a/', 'port', 'abc'); t('http://a:81/', 'port', ''); t('http://a/', 'port', 65536);
t('http://a/', 'port', '-1'); t('file:///x', 'port', 5); t('https://a/', 'port', '443'); t('sc://a/', 'port', '12'); t('http://a:81/', 'port', 0);
t('http://a/', 'pathname', 'a b/../c?#'); t('http://a/', 'pathname', ''); t('sc://a/x', 'pathname', ''); t('sc:op', 'pathname', '/x');
t('http://a/', 'pathname', '\\x\\y'); t('sc://a/', 'pathname', '\\x'); t('sc:/a/b', 'pathname', '//x'); t('http://a/', 'pathname', '/%2e/ä');
