// Checks truncateSync/ftruncateSync/fs.truncate/fs.ftruncate/fs.promises.truncate/filehandle.truncate: shrink, zero-filled grow, default length, EISDIR, ENOENT.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-truncate-forms';
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
const show = (label, p) => {
  const b = fs.readFileSync(p);
  console.log(label, 'size', fs.statSync(p).size, 'bytes', JSON.stringify([...b]), 'text', JSON.stringify(b.toString('latin1')));
};

const f = j('f.txt');
fs.writeFileSync(f, 'abcdefghij');
console.log('truncateSync returns', fs.truncateSync(f, 4));
show('shrink to 4', f);
fs.truncateSync(f, 8);
show('grow to 8', f);
fs.truncateSync(f, 8);
show('same 8', f);
fs.truncateSync(f);
show('default length', f);
fs.writeFileSync(f, 'xyz');
fs.truncateSync(f, 0);
show('explicit 0', f);
fs.writeFileSync(f, 'hello');
tryIt('negative length', () => { fs.truncateSync(f, -1); return fs.statSync(f).size; });
show('after negative', f);
tryIt('string length', () => fs.truncateSync(f, '2'));
tryIt('float length', () => fs.truncateSync(f, 1.5));

// ftruncate
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 2);
show('ftruncate 2', f);
fs.ftruncateSync(fd, 6);
show('ftruncate grow 6', f);
// write after grow at position 3
fs.writeSync(fd, 'Z', 3);
show('write at 3', f);
fs.ftruncateSync(fd);
show('ftruncate default', f);
fs.closeSync(fd);
const rfd = fs.openSync(f, 'r');
tryIt('ftruncate read-only fd', () => fs.ftruncateSync(rfd, 1));
fs.closeSync(rfd);
tryIt('ftruncate closed fd', () => fs.ftruncateSync(rfd, 1));

// errors
fs.mkdirSync(j('d'));
tryIt('truncate dir', () => fs.truncateSync(j('d'), 0));
tryIt('truncate missing', () => fs.truncateSync(j('missing'), 0));
tryIt('truncate under file', () => fs.truncateSync(j('f.txt', 'x'), 0));
// through a symlink truncates the target
fs.writeFileSync(j('t.txt'), '0123456789');
fs.symlinkSync('t.txt', j('tl'));
fs.truncateSync(j('tl'), 3);
show('truncate via symlink', j('t.txt'));
console.log('link still link', fs.lstatSync(j('tl')).isSymbolicLink());

fs.writeFileSync(f, 'callbacks!');
fs.truncate(f, 3, (e) => {
  console.log('cb truncate err', e);
  show('cb truncate 3', f);
  fs.truncate(f, (e1) => {
    console.log('cb truncate default err', e1);
    show('cb truncate default', f);
    fs.truncate(j('d'), 0, (e2) => {
      err('cb truncate dir', e2);
      fs.truncate(j('missing'), 1, (e3) => {
        err('cb truncate missing', e3);
        fs.open(f, 'r+', (e4, fd2) => {
          fs.ftruncate(fd2, 5, (e5) => {
            console.log('cb ftruncate err', e5);
            show('cb ftruncate grow 5', f);
            fs.close(fd2, () => promisesPart());
          });
        });
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  await p.writeFile(f, 'promise-data');
  await p.truncate(f, 7);
  show('p truncate 7', f);
  await p.truncate(f);
  show('p truncate default', f);
  try { await p.truncate(j('d')); } catch (e) { err('p truncate dir', e); }
  try { await p.truncate(j('missing'), 2); } catch (e) { err('p truncate missing', e); }
  const fh = await p.open(f, 'r+');
  await fh.write('ABCDEFG');
  await fh.truncate(3);
  show('fh truncate 3', f);
  await fh.truncate(6);
  show('fh truncate grow 6', f);
  await fh.truncate();
  show('fh truncate default', f);
  await fh.close();
  const fhr = await p.open(f, 'r');
  try { await fhr.truncate(1); } catch (e) { err('fh truncate read-only', e); }
  await fhr.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
