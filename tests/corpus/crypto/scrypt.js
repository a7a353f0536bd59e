// scrypt (thread pool) and scryptSync agree; custom cost parameters.
const crypto = require('crypto');
const a = crypto.scryptSync('password', 'salt', 32, { N: 1024, r: 8, p: 1 });
console.log(a.toString('hex'));
crypto.scrypt('password', 'salt', 32, { N: 1024 }, (err, b) => console.log(err, b.equals(a)));
console.log(crypto.scryptSync('pw', 'NaCl', 16, { cost: 16 }).toString('hex'));
