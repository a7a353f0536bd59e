// URL protocol setter: special <-> non-special changes are ignored, file: needs no credentials/port, default port cleared, junk after the scheme ignored
const t = (href, v) => { const u = new URL(href); u.protocol = v; console.log(href, JSON.stringify(v), '->', u.href); };
t('http://a/', 'https'); t('http://a/', 'sc'); t('sc://a/', 'http'); t('sc://a/', 'other:xx'); t('http://a:8080/', 'https:');
t('http://a:443/', 'https'); t('http://u@a/', 'file'); t('http://a:81/', 'file'); t('http://a/', 'file'); t('file:///x', 'http'); t('file://h/x', 'http');
t('http://a/', '1x'); t('http://a/', 'WS'); t('http://a/', 'h ttp'); t('http://a/', ''); t('sc:opaque', 'other');
