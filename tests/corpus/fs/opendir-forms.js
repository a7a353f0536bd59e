// Checks opendirSync/fs.opendir/fs.promises.opendir: readSync until null, read callbacks, for await, dir.path, double close (ERR_DIR_CLOSED), ENOENT/ENOTDIR.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-opendir-forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, r(e.message));
}
function tryIt(label, fn) {
  try { console.log(label, 'ok', r(fn())); } catch (e) { err(label, e); }
}
const j = (...a) => path.join(dir, ...a);
const desc = (d) => d.name + (d.isDirectory() ? '/' : d.isSymbolicLink() ? '@' : d.isFile() ? '' : '?');

fs.writeFileSync(j('b.txt'), 'b');
fs.writeFileSync(j('a.txt'), 'a');
fs.mkdirSync(j('sub'));
fs.writeFileSync(j('sub', 'inner.txt'), 'i');
fs.symlinkSync('a.txt', j('link'));

const d = fs.opendirSync(dir);
console.log('constructor', d.constructor.name, 'path', r(d.path));
const names = [];
let ent;
while ((ent = d.readSync()) !== null) {
  console.log('entry is Dirent', ent instanceof fs.Dirent);
  names.push(desc(ent));
}
console.log('readSync entries', names.sort().join(','));
console.log('readSync after end', d.readSync());
console.log('closeSync returns', d.closeSync());
tryIt('closeSync twice', () => d.closeSync());
tryIt('readSync after close', () => d.readSync());

const empty = fs.opendirSync(j('sub'), { bufferSize: 1 });
console.log('sub path', r(empty.path), 'first', desc(empty.readSync()), 'second', empty.readSync());
empty.closeSync();

tryIt('opendir missing', () => fs.opendirSync(j('missing')));
tryIt('opendir file', () => fs.opendirSync(j('a.txt')));
const viaLink = fs.opendirSync(j('sub') + '/');
console.log('trailing slash path', r(viaLink.path));
viaLink.closeSync();
tryIt('bufferSize 0', () => fs.opendirSync(dir, { bufferSize: 0 }));

fs.opendir(dir, (e, d2) => {
  console.log('cb opendir err', e, 'path', r(d2.path));
  const got = [];
  const next = () => d2.read((e2, de) => {
    if (e2) return err('cb read', e2);
    if (de === null) {
      console.log('cb read entries', got.sort().join(','));
      d2.close((e3) => {
        console.log('cb close err', e3);
        d2.close((e4) => {
          console.log('cb close twice', e4 && e4.code, e4 && r(e4.message));
          fs.opendir(j('missing'), (e5) => {
            err('cb opendir missing', e5);
            promisesPart();
          });
        });
      });
      return;
    }
    got.push(desc(de));
    next();
  });
  next();
});

async function promisesPart() {
  const d3 = await fs.promises.opendir(dir);
  console.log('p opendir path', r(d3.path));
  const got = [];
  for await (const de of d3) got.push(desc(de));
  console.log('for await entries', got.sort().join(','));
  try { d3.closeSync(); } catch (e) { console.log('close after for await', e.code, r(e.message)); }
  const d4 = fs.opendirSync(j('sub'));
  console.log('promise read', desc(await d4.read()), await d4.read());
  await d4.close();
  try { await d4.close(); } catch (e) { console.log('p close twice', e.code, e.name, r(e.message)); }
  try { await fs.promises.opendir(j('a.txt')); } catch (e) { err('p opendir file', e); }
  const d5 = fs.opendirSync(dir);
  const got5 = [];
  for await (const de of d5.entries()) got5.push(de.name);
  console.log('entries()', got5.sort().join(','));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
