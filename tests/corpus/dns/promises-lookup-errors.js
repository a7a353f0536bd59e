// Checks dns.promises.lookup / dns/promises failures for a name that cannot exist (code, errno, syscall, hostname, message, own keys) with several options, and the same error via the callback API.
const dns = require('dns');
const dnsp = require('dns/promises');
const name = 'does-not-exist.invalid';
const describe = (tag, e) => {
  console.log(tag, e instanceof Error, e.name, e.constructor === Error);
  console.log('  code', e.code, 'errno', e.errno, 'syscall', e.syscall, 'hostname', e.hostname);
  console.log('  message', e.message);
  console.log('  keys', Object.keys(e).join(','));
};
(async () => {
  console.log('same module', dnsp === dns.promises, typeof dnsp.lookup, typeof dnsp.Resolver);
  try { await dnsp.lookup(name); } catch (e) { describe('promises default', e); }
  try { await dnsp.lookup(name, { all: true }); } catch (e) { describe('promises all', e); }
  try { await dnsp.lookup(name, 4); } catch (e) { describe('promises family 4', e); }
  try { await dns.promises.lookup(name, { family: 6, hints: dns.ADDRCONFIG }); } catch (e) { describe('promises family 6 hints', e); }
  const settled = await Promise.allSettled([dnsp.lookup('localhost'), dnsp.lookup(name), dnsp.lookup('127.0.0.1', { all: true })]);
  for (const s of settled) console.log('settled', s.status, s.status === 'fulfilled' ? JSON.stringify(s.value) : s.reason.code);
  dns.lookup(name, { all: true }, (err, addresses) => {
    describe('callback all', err);
    console.log('  addresses', addresses);
  });
})();
