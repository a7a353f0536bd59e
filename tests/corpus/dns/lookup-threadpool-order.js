// Checks that with UV_THREADPOOL_SIZE=1 dns.lookup callbacks and dns.promises results arrive in request order, IP literals answer before user ticks, and resolve4 of localhost fails via c-ares.
process.env.UV_THREADPOOL_SIZE = '1';
const dns = require('dns');
const order = [];
const cb = (label) => (err, address, family) => {
  order.push(`${label}: ${err ? `${err.code} ${err.syscall}` : `${JSON.stringify(address)} ${family}`}`);
  process.nextTick(() => order.push(`  tick after ${label}`));
  Promise.resolve().then(() => order.push(`  microtask after ${label}`));
};
dns.lookup('does-not-exist.invalid', cb('invalid'));
dns.lookup('localhost', cb('localhost'));
dns.lookup('127.0.0.1', cb('literal v4'));
dns.lookup('::1', { all: true }, cb('literal v6 all'));
dns.lookup('localhost', { all: true }, cb('localhost all'));
dns.promises.lookup('localhost', 4).then((r) => order.push(`promises localhost: ${JSON.stringify(r)}`));
dns.promises.lookup('127.0.0.1').then((r) => order.push(`promises literal: ${JSON.stringify(r)}`));
dns.lookup('LOCALHOST', 4, cb('upper'));
dns.promises.lookup('does-not-exist.invalid').catch((e) => order.push(`promises invalid: ${e.code}`));
dns.lookup('localhost', 6, cb('localhost v6'));
process.nextTick(() => order.push('user tick'));
Promise.resolve().then(() => order.push('user promise'));
order.push('sync end');
let waited = 0;
(function wait() {
  if (order.filter((l) => !l.startsWith(' ')).length < 13 && ++waited < 100) return setTimeout(wait, 5);
  for (const line of order) console.log(line);
  dns.resolve4('localhost', (err, addrs) => {
    console.log('resolve4 localhost', err && err.code, err && err.syscall, err && err.hostname, addrs);
    dns.promises.resolve6('localhost').catch((e) => console.log('promises resolve6 localhost', e.code, e.syscall, e.message));
  });
})();
