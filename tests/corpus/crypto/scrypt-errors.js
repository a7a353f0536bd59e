// Checks scrypt/scryptSync validation: invalid N (not a power of two, too small), conflicting option aliases, maxmem limits, bad keylen/password/salt types, and that async errors arrive via the callback or throw synchronously.
const crypto = require('crypto');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.length : typeof r); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
show('N=3', () => crypto.scryptSync('p', 's', 16, { N: 3 }));
show('N=1', () => crypto.scryptSync('p', 's', 16, { N: 1 }));
show('N=0', () => crypto.scryptSync('p', 's', 16, { N: 0 }));
show('N=1000', () => crypto.scryptSync('p', 's', 16, { N: 1000 }));
show('N=-16', () => crypto.scryptSync('p', 's', 16, { N: -16 }));
show('N=2', () => crypto.scryptSync('p', 's', 16, { N: 2 }));
show('N string', () => crypto.scryptSync('p', 's', 16, { N: '16' }));
show('N and cost', () => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
show('r and blockSize', () => crypto.scryptSync('p', 's', 16, { N: 16, r: 1, blockSize: 1 }));
show('p and parallelization', () => crypto.scryptSync('p', 's', 16, { N: 16, p: 1, parallelization: 1 }));
show('r=0', () => crypto.scryptSync('p', 's', 16, { N: 16, r: 0 }));
show('p=0', () => crypto.scryptSync('p', 's', 16, { N: 16, p: 0 }));
show('maxmem small', () => crypto.scryptSync('p', 's', 16, { N: 1024, r: 8, maxmem: 1024 }));
show('maxmem enough', () => crypto.scryptSync('p', 's', 16, { N: 16, r: 1, maxmem: 1 << 20 }));
show('maxmem negative', () => crypto.scryptSync('p', 's', 16, { maxmem: -1 }));
show('default N memory', () => crypto.scryptSync('p', 's', 16, { N: 1 << 20 }));
show('keylen -1', () => crypto.scryptSync('p', 's', -1));
show('keylen 1.5', () => crypto.scryptSync('p', 's', 1.5));
show('keylen string', () => crypto.scryptSync('p', 's', '16'));
show('keylen 0', () => crypto.scryptSync('p', 's', 0, { N: 16 }));
show('password number', () => crypto.scryptSync(1, 's', 16));
show('salt null', () => crypto.scryptSync('p', null, 16));
show('options null', () => crypto.scryptSync('p', 's', 8, null));
show('no callback', () => crypto.scrypt('p', 's', 16, { N: 16 }));
show('async N=3 throws', () => crypto.scrypt('p', 's', 16, { N: 3 }, () => console.log('callback called')));
show('async maxmem', () => crypto.scrypt('p', 's', 16, { N: 1024, r: 8, maxmem: 1024 }, () => console.log('callback called')));
console.log('known small', crypto.scryptSync('', '', 16, { N: 16, r: 1, p: 1 }).toString('hex'));
console.log('cost alias', crypto.scryptSync('pw', 'salt', 8, { cost: 32, blockSize: 2, parallelization: 2 }).equals(crypto.scryptSync('pw', 'salt', 8, { N: 32, r: 2, p: 2 })));
crypto.scrypt('p', 's', 0, { N: 16 }, (err, key) => {
  console.log('async keylen 0', err, key.length);
  crypto.scrypt('pw', 'salt', 12, { N: 16, r: 1, p: 1 }, (err2, key2) => console.log('async', err2, key2.toString('hex')));
});
console.log('sync end');
