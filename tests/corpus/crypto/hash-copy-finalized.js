// Checks hash.copy() snapshots partial state independently, and the errors after digest (digest twice, update after digest, copy after digest).
const crypto = require('crypto');
const base = crypto.createHash('sha256').update('prefix-');
const c1 = base.copy();
const c2 = base.copy();
base.update('base');
c1.update('one');
const c3 = c1.copy();
c3.update('-three');
console.log('base', base.digest('hex'));
console.log('c1', c1.digest('hex'));
console.log('c2 (prefix only)', c2.digest('hex'));
console.log('c3', c3.digest('hex'));
console.log('direct prefix-one-three', crypto.createHash('sha256').update('prefix-one-three').digest('hex'));
console.log('direct prefix-', crypto.createHash('sha256').update('prefix-').digest('hex'));
const err = (label, f) => { try { const r = f(); console.log(label, 'ok', typeof r); } catch (e) { console.log(label, e.name, e.code, e.message); } };
const done = crypto.createHash('md5').update('x');
done.digest();
err('digest twice', () => done.digest());
err('digest twice hex', () => done.digest('hex'));
err('update after digest', () => done.update('y'));
err('copy after digest', () => done.copy());
const h = crypto.createHash('sha1');
console.log('update returns this', h.update('a') === h);
const cp = h.copy();
console.log('copy is Hash', cp.constructor.name, cp !== h);
console.log('copy of empty sha512 equals fresh', crypto.createHash('sha512').copy().digest('hex') === crypto.createHash('sha512').digest('hex'));
for (const a of ['md5', 'sha1', 'sha224', 'sha384', 'sha512']) {
  const x = crypto.createHash(a).update('ab');
  const y = x.copy().update('cd');
  console.log(a, x.update('cd').digest('hex') === y.digest('hex'), y.constructor.name);
}
const chain = crypto.createHash('sha256');
const snaps = [];
for (const part of ['a', 'b', 'c', 'd']) { chain.update(part); snaps.push(chain.copy().digest('hex').slice(0, 12)); }
console.log('snapshots', snaps.join(' '));
console.log('final', chain.digest('hex').slice(0, 12));
err('createHash no arg', () => crypto.createHash());
err('createHash number', () => crypto.createHash(256));
