// URL search/hash/href setters: leading ?/# stripped, query and fragment percent-encoding (special-query set for special schemes), href reparses everything
const t = (href, prop, v) => { const u = new URL(href); try { u[prop] = v; console.log(href, prop, JSON.stringify(v), '->', u.href, JSON.stringify(u[prop])); } catch (e) { console.log(href, prop, 'throws', e.code); } };
t('http://a/', 'search', 'a b=c&d#e'); t('http://a/?x', 'search', ''); t('http://a/', 'search', '?'); t('http://a/', 'search', "'");
t('sc://a/', 'search', "'"); t('http://a/', 'search', '??x'); t('http://a/', 'search', 'é');
t('http://a/', 'hash', 'a b#c'); t('http://a/#x', 'hash', ''); t('http://a/', 'hash', '#'); t('http://a/', 'hash', '`'); t('sc:op', 'hash', 'x y');
t('http://a/', 'href', 'https://b/c'); t('http://a/', 'href', 'nope'); t('http://a/', 'origin', 'x');
