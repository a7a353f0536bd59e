// dns.resolve4/resolve6 use c-ares (no thread pool): names not in DNS fail with ENOTFOUND and syscall queryA/queryAaaa.
const dns = require('dns');
dns.resolve4('no-such-host.invalid', (err) => console.log('resolve4', err.code, err.syscall, err.hostname, err.message));
dns.resolve6('no-such-host.invalid', (err, a) => {
  console.log('resolve6', err.code, err.syscall, a);
  dns.promises.resolve4('also-missing.invalid').catch((e) => console.log('promises', e.code, e.syscall));
});
