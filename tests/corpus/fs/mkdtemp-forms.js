// Checks mkdtempSync/fs.mkdtemp/fs.promises.mkdtemp: prefix plus 6 random chars, creates an empty directory, unique names, ENOENT for a missing parent.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-mkdtemp-forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
// async mkdtemp errors carry the random suffix in the message; mask it and report whether the literal template was kept
function err(label, e) {
  const m = r(e.message);
  console.log(label, e.code, e.errno, e.syscall, m.replace(/-[A-Za-z0-9]{6}'$/, "-??????'"), 'literalTemplate', m.includes('XXXXXX'));
}
const j = (...a) => path.join(dir, ...a);
function check(label, prefix, res) {
  const s = Buffer.isBuffer(res) ? res.toString() : res;
  const rest = s.slice(prefix.length);
  const st = fs.statSync(s);
  console.log(label, 'type', Buffer.isBuffer(res) ? 'buffer' : typeof res,
    'startsWithPrefix', s.startsWith(prefix), 'suffixLength', rest.length,
    'suffixAlnum', /^[A-Za-z0-9]{6}$/.test(rest), 'isDirectory', st.isDirectory(),
    'empty', fs.readdirSync(s).length === 0, 'parent', r(path.dirname(s)));
}

const p1 = j('tmp-');
const a = fs.mkdtempSync(p1);
check('sync', p1, a);
const b = fs.mkdtempSync(p1);
check('sync second', p1, b);
console.log('unique', a !== b);
const p2 = j('noDash');
check('no dash', p2, fs.mkdtempSync(p2));
const p3 = dir + '/';
check('trailing slash', p3, fs.mkdtempSync(p3));
check('buffer encoding', p1, fs.mkdtempSync(p1, { encoding: 'buffer' }));
check('buffer string option', p1, fs.mkdtempSync(p1, 'buffer'));
fs.writeFileSync(path.join(a, 'x.txt'), 'usable');
console.log('usable', fs.readFileSync(path.join(a, 'x.txt'), 'utf8'));
try { fs.mkdtempSync(j('missing', 'tmp-')); } catch (e) { err('sync missing parent', e); }
try { fs.mkdtempSync(123); } catch (e) {
  console.log('sync bad prefix', e.code, e.name, r(e.message));
}
console.log('entries created', fs.readdirSync(dir).length);

fs.mkdtemp(j('cb-'), (e, res) => {
  console.log('cb err', e);
  check('cb', j('cb-'), res);
  fs.mkdtemp(j('missing', 'cb-'), (e2) => {
    err('cb missing parent', e2);
    promisesPart();
  });
});

async function promisesPart() {
  const res = await fs.promises.mkdtemp(j('p-'));
  check('promise', j('p-'), res);
  const res2 = await fs.promises.mkdtemp(j('p-'), { encoding: 'buffer' });
  check('promise buffer', j('p-'), res2);
  try { await fs.promises.mkdtemp(j('missing', 'p-')); } catch (e) { err('promise missing parent', e); }
  console.log('entries created', fs.readdirSync(dir).length);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
