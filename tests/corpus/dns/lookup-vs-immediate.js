// A pool completion is delivered in the poll phase; the immediate queued in the same tick runs first.
const dns = require('dns');
dns.lookup('localhost', () => console.log('lookup done'));
setImmediate(() => console.log('immediate'));
