// Seed "DNS — two APIs": dns.lookup (getaddrinfo) waits for a thread-pool thread; dns.resolve4 (c-ares) does not use the pool.
const dns = require('dns');
const crypto = require('crypto');

// Keep all 4 pool threads busy: one short hash, three long ones.
const hash = (iterations, done) => crypto.pbkdf2('secret', 'salt', iterations, 64, 'sha512', done);
hash(50000, () => console.log('short hash done: a pool thread is free'));
for (let i = 0; i < 3; i++) hash(150000, () => console.log('long hash done'));

// Uses thread pool (libc getaddrinfo, reads /etc/hosts): queues behind the hashes
dns.lookup('localhost', (err, address) => console.log('lookup localhost:', err, address));
// Uses c-ares (async I/O, no pool): answers at once; c-ares does not read /etc/hosts
dns.resolve4('localhost', (err, addresses) => console.log('resolve4 localhost:', err.code, addresses));
