// dns.lookup errors: ENOTFOUND shape (code, errno, syscall, hostname, message) and argument validation.
const dns = require('dns');
dns.lookup('no-such-host.invalid', (err) => {
  console.log(err instanceof Error, err.code, err.errno, err.syscall, err.hostname);
  console.log(err.message);
});
try { dns.lookup(42, () => {}); } catch (e) { console.log(e.code, e.message); }
try { dns.lookup('localhost', { family: 5 }, () => {}); } catch (e) { console.log(e.code); }
try { dns.lookup('localhost'); } catch (e) { console.log(e.code, e.message); }
