// IPv6 host parsing and serialization: compression of the longest zero run, embedded IPv4, lowercase hex, failures
const show = (s) => { try { const u = new URL(s); console.log(JSON.stringify(s), '->', u.host, u.hostname); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code); } };
for (const s of ['http://[::1]/', 'http://[0:0:0:0:0:0:0:1]', 'http://[1:0:0:2:0:0:0:3]', 'http://[::ffff:192.168.0.1]', 'http://[1::]',
  'http://[::]', 'http://[1:2:3:4:5:6:7:8]', 'http://[::127.0.0.1]/', 'http://[0::0:1:0:0:0]/', 'http://[1:0::1:0:0]/', 'http://[ffff::FFFF]/',
  'http://[::1]:80/', 'http://[::1]:8080/', 'sc://[::1]/', 'http://[::1', 'http://[::1:2::]', 'http://[g::]', 'http://[1.2.3.4]/', 'http://[::1.2.3]/',
  'http://[::1.2.3.4.5]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[::01.2.3.4]/']) show(s);
