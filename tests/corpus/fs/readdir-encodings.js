// Checks readdir/readdirSync/promises.readdir with the 'buffer', 'hex' and 'base64' encodings, withFileTypes + encoding, recursive + encoding (node joins the encoded names), and that recursive fs.readdir calls back synchronously.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-readdir-enc-'));
const r = (s) => String(s).split(dir).join('<dir>');
fs.writeFileSync(path.join(dir, 'ab'), 'x');
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'c\u00e9'), 'y');
const sorted = (l) => l.map((x) => (Buffer.isBuffer(x) ? `<${x.toString('hex')}>` : x)).sort().join(',');
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, 'throws', e.name, e.code, r(e.message)); }
};
t('buffer', () => sorted(fs.readdirSync(dir, { encoding: 'buffer' })));
t('buffer isBuffer', () => fs.readdirSync(dir, 'buffer').every(Buffer.isBuffer));
t('hex', () => sorted(fs.readdirSync(dir, 'hex')));
t('base64', () => sorted(fs.readdirSync(path.join(dir, 'sub'), { encoding: 'base64' })));
t('latin1', () => sorted(fs.readdirSync(path.join(dir, 'sub'), 'latin1')));
t('utf8', () => sorted(fs.readdirSync(dir, 'utf8')));
t('dirents buffer', () => fs.readdirSync(dir, { encoding: 'buffer', withFileTypes: true })
  .map((d) => `${Buffer.isBuffer(d.name)}:${d.name.toString()}:${d.isDirectory()}`).sort().join(','));
t('dirents hex', () => fs.readdirSync(dir, { encoding: 'hex', withFileTypes: true }).map((d) => d.name).sort().join(','));
t('recursive hex', () => sorted(fs.readdirSync(dir, { encoding: 'hex', recursive: true })));
t('recursive latin1', () => sorted(fs.readdirSync(dir, { encoding: 'latin1', recursive: true })));
t('recursive buffer', () => fs.readdirSync(dir, { encoding: 'buffer', recursive: true }));
t('recursive dirents hex', () => fs.readdirSync(dir, { encoding: 'hex', withFileTypes: true, recursive: true }));
t('bad encoding', () => fs.readdirSync(dir, 'nope'));
t('recursive not boolean', () => fs.readdirSync(dir, { recursive: 'yes' }));
t('recursive null', () => sorted(fs.readdirSync(dir, { recursive: null })));
let sync = true;
fs.readdir(dir, { recursive: true }, (e, l) => console.log('cb recursive sync', sync, sorted(l)));
t('cb recursive missing', () => fs.readdir(path.join(dir, 'nope'), { recursive: true }, () => console.log('called')));
sync = false;
fs.readdir(dir, 'buffer', (e, l) => {
  console.log('cb buffer', sorted(l));
  fs.readdir(dir, { encoding: 'hex', withFileTypes: true }, (e2, l2) => {
    console.log('cb dirents hex', l2.map((d) => d.name).sort().join(','));
    fs.promises.readdir(dir, { encoding: 'base64' }).then((l3) => {
      console.log('promises base64', sorted(l3));
      return fs.promises.readdir(dir, { encoding: 'hex', recursive: true });
    }).then((l4) => {
      console.log('promises recursive hex', sorted(l4));
      return fs.promises.readdir(dir, { encoding: 'buffer', withFileTypes: true });
    }).then((l5) => {
      console.log('promises dirents buffer', l5.map((d) => Buffer.isBuffer(d.name)).join(','));
      // the promise form does not insist on a boolean
      return fs.promises.readdir(dir, { recursive: 1 });
    }).then((l6) => {
      console.log('promises recursive 1', sorted(l6));
      return fs.promises.readdir(dir, 'nope');
    }).catch((e) => {
      console.log('promises rejects', e.code, e.message);
    }).finally(() => fs.rmSync(dir, { recursive: true }));
  });
});
