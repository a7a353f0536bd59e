// Checks dns.lookup for localhost and IP literals with family 0/4/6 (numbers and 'IPv4'/'IPv6'), all/verbatim/order, hints ADDRCONFIG/V4MAPPED/ALL, and the default result order.
const dns = require('dns');
console.log('constants', dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL, 'default order', dns.getDefaultResultOrder());
const cases = [
  ['localhost', undefined],
  ['localhost', 0],
  ['localhost', 4],
  ['localhost', 6],
  ['localhost', { family: 'IPv4' }],
  ['localhost', { family: 'IPv6' }],
  ['localhost', { family: 0, all: true }],
  ['localhost', { all: true, family: 6 }],
  ['localhost', { all: true, verbatim: false }],
  ['localhost', { all: true, verbatim: true }],
  ['localhost', { all: true, order: 'ipv6first' }],
  ['localhost', { all: true, order: 'ipv4first' }],
  ['localhost', { hints: dns.ADDRCONFIG }],
  ['localhost', { hints: dns.ADDRCONFIG | dns.V4MAPPED, family: 6 }],
  ['localhost', { hints: dns.V4MAPPED | dns.ALL, family: 6, all: true }],
  ['LOCALHOST', {}],
  ['127.0.0.1', { family: 6 }],
  ['::1', { family: 4, all: true }],
  ['::ffff:127.0.0.1', {}],
  ['127.1', { all: true }],
  ['0x7f.1', {}],
];
function run(i) {
  if (i === cases.length) {
    dns.setDefaultResultOrder('ipv4first');
    console.log('after setDefaultResultOrder', dns.getDefaultResultOrder());
    dns.lookup('localhost', { all: true }, (err, list) => {
      console.log('ipv4first all', err, JSON.stringify(list));
      dns.setDefaultResultOrder('verbatim');
      console.log('restored', dns.getDefaultResultOrder());
    });
    return;
  }
  const [host, opts] = cases[i];
  const cb = (err, address, family) => {
    const res = err ? `error ${err.code} ${err.syscall} ${err.hostname}` : `${JSON.stringify(address)} ${family}`;
    console.log(host, JSON.stringify(opts), '->', res);
    run(i + 1);
  };
  if (opts === undefined) dns.lookup(host, cb); else dns.lookup(host, opts, cb);
}
run(0);
