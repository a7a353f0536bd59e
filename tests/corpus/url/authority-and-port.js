// URL authority: userinfo splitting and percent-encoding, empty credentials, default ports dropped, port range and syntax
const show = (s) => { try { const u = new URL(s); console.log(JSON.stringify(s), '->', u.href, JSON.stringify([u.username, u.password, u.host, u.port])); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code); } };
for (const s of ['http://u:p@h:8080/', 'http://a:b:c@h', 'http://a@b@c/', 'http://:@a/', 'http://:p@a/', 'http://u:@a/', 'http://u s:p w@a/',
  'http://@a', 'http://u@', 'http://', 'http:///a', 'http:a', 'http://a:80/', 'https://a:443', 'ws://a:80', 'wss://a:443/', 'ftp://a:21',
  'gopher://a:70/', 'http://a:0', 'http://a:65535', 'http://a:65536', 'http://a:1x', 'http://a:', 'http://a:00080/', 'sc://a:99/x?y#z']) show(s);
