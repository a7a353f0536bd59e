// IPv4 host parsing: hex, octal, shortened and single-number forms, the "ends in a number" rule, out-of-range failures
const show = (s) => { try { console.log(JSON.stringify(s), '->', new URL(s).host); } catch (e) { console.log(JSON.stringify(s), 'throws', e.code, e.message); } };
for (const s of ['http://0x7f.1/', 'http://127.1', 'http://2130706433', 'http://0177.0.0.1', 'http://10.0.0.1/', 'http://0/', 'http://0x/',
  'http://00/', 'http://4294967295/', 'http://4294967296/', 'http://0xffffffff/', 'http://1.0xffffff/', 'http://1.2.0xffff', 'http://1.2.3.0xff',
  'http://1.2.3.256', 'http://1.2.3.4.', 'http://999999999999', 'http://1.2.3.4.5', 'http://1.2.3.4.5.x', 'http://0x100000000', 'http://1.2.3.08',
  'http://1.2.3.09.x', 'http://foo.1/', 'http://foo.0x1/', 'http://1.foo/', 'sc://0x7f.1/']) show(s);
