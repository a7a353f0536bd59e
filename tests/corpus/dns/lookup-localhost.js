// dns.lookup goes through the thread pool (getaddrinfo); IP literals call back on the next tick.
const dns = require('dns');
dns.lookup('localhost', (err, address, family) => console.log('lookup', err, address, family));
dns.lookup('127.0.0.1', (err, address, family) => console.log('literal', err, address, family));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
