// dns.promises.lookup resolves to { address, family }, or an array with { all: true }.
const dns = require('dns');
(async () => {
  console.log(await dns.promises.lookup('localhost'));
  console.log(await dns.promises.lookup('localhost', { all: true }));
  console.log(await require('dns/promises').lookup('127.0.0.1'));
  try { await dns.promises.lookup('nope.invalid'); } catch (e) { console.log(e.code, e.syscall); }
})();
