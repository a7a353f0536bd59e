// URL username/password/host/hostname setters: userinfo percent-encoding, no credentials without a host or on file:, host with port, ignored invalid values
const t = (href, prop, v) => { const u = new URL(href); u[prop] = v; console.log(href, prop, JSON.stringify(v), '->', u.href); };
t('http://a/', 'username', 'u s@:'); t('http://a/', 'password', 'p:w/é'); t('file:///x', 'username', 'u'); t('sc:op', 'username', 'u');
t('http://u:p@a/', 'username', ''); t('http://u:p@a/', 'password', ''); t('sc://a/', 'password', 'x');
t('http://a/', 'host', 'b:81'); t('http://a/', 'host', 'b:80'); t('http://a:81/', 'host', 'b'); t('http://a/', 'host', ''); t('sc://a/', 'host', '');
t('sc:op', 'host', 'x'); t('http://a/', 'host', 'b c'); t('http://a/', 'host', '[::1]:9'); t('http://a/', 'host', 'x/y'); t('http://a/', 'host', 'x?y');
t('http://a/', 'host', 'x#y'); t('file:///x', 'host', 'h'); t('file://h/x', 'host', 'localhost'); t('http://a/', 'host', '0x7f.1:8'); t('http://a/', 'host', 'MÜNCHEN.de');
t('http://a/', 'hostname', 'b:81'); t('http://a:81/', 'hostname', 'B'); t('http://a/', 'hostname', ''); t('sc://u@a/', 'hostname', ''); t('sc://a:1/', 'host', '');
