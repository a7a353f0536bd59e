// Checks utimesSync/futimesSync/lutimesSync/fs.utimes/fs.promises.utimes/lutimes with seconds, Date objects, numeric strings and fractional values.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-utimes-forms';
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
const show = (label, st) => {
  console.log(label, 'atimeMs', st.atimeMs, 'mtimeMs', st.mtimeMs, 'atime', st.atime.toISOString(), 'mtime', st.mtime.toISOString());
};

const f = j('f.txt');
fs.writeFileSync(f, 'data');
console.log('utimesSync returns', fs.utimesSync(f, 1000, 2000));
show('numbers', fs.statSync(f));
fs.utimesSync(f, 1.5, 2.25);
show('fractional', fs.statSync(f));
fs.utimesSync(f, new Date('2020-01-02T03:04:05.678Z'), new Date(Date.UTC(2001, 8, 9, 1, 46, 40)));
show('dates', fs.statSync(f));
fs.utimesSync(f, '123456', '654321');
show('numeric strings', fs.statSync(f));
fs.utimesSync(f, 0, 0);
show('zero', fs.statSync(f));
fs.utimesSync(f, 1700000000, 1700000001.5);
show('large', fs.statSync(f));
const big = fs.statSync(f, { bigint: true });
console.log('bigint mtimeMs', typeof big.mtimeMs, String(big.mtimeMs), 'mtimeNs', String(big.mtimeNs), 'atimeNs', String(big.atimeNs));
tryIt('bad string', () => fs.utimesSync(f, 'abc', 1));
show('after bad string', fs.statSync(f));
tryIt('object', () => fs.utimesSync(f, {}, 1));
tryIt('missing file', () => fs.utimesSync(j('missing'), 1, 2));
// utimes follows symlinks
fs.symlinkSync('f.txt', j('link'));
fs.utimesSync(j('link'), 5000, 6000);
show('target via link', fs.statSync(f));
// directory
fs.mkdirSync(j('d'));
fs.utimesSync(j('d'), 7, 8);
show('directory', fs.statSync(j('d')));

// futimes
const fd = fs.openSync(f, 'r');
console.log('futimesSync returns', fs.futimesSync(fd, 11, 22));
show('futimes', fs.fstatSync(fd));
fs.futimesSync(fd, new Date(33000), '44');
show('futimes date+string', fs.fstatSync(fd));
fs.closeSync(fd);
tryIt('futimes closed fd', () => fs.futimesSync(fd, 1, 2));

// lutimes changes the link itself, not the target
fs.utimesSync(f, 100, 200);
console.log('lutimesSync returns', fs.lutimesSync(j('link'), 300, 400));
show('lutimes link', fs.lstatSync(j('link')));
show('lutimes target unchanged', fs.statSync(f));
tryIt('lutimes missing', () => fs.lutimesSync(j('nolink'), 1, 2));

fs.utimes(f, 1111, 2222, (e) => {
  console.log('cb utimes err', e);
  show('cb utimes', fs.statSync(f));
  fs.utimes(j('missing'), 1, 2, (e2) => {
    err('cb utimes missing', e2);
    fs.lutimes(j('link'), new Date(5555000), new Date(6666000), (e3) => {
      console.log('cb lutimes err', e3);
      show('cb lutimes', fs.lstatSync(j('link')));
      fs.open(f, 'r', (e4, fd2) => {
        fs.futimes(fd2, 9, 10, (e5) => {
          console.log('cb futimes err', e5);
          show('cb futimes', fs.statSync(f));
          fs.close(fd2, () => promisesPart());
        });
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  await p.utimes(f, 3000, 4000);
  show('p utimes', await p.stat(f));
  await p.utimes(f, new Date('1999-12-31T23:59:59.999Z'), '86400');
  show('p utimes date+string', await p.stat(f));
  await p.lutimes(j('link'), 12, 13);
  show('p lutimes', await p.lstat(j('link')));
  try { await p.utimes(j('missing'), 1, 2); } catch (e) { err('p utimes missing', e); }
  const fh = await p.open(f, 'r');
  await fh.utimes(77, 88);
  show('fh utimes', await fh.stat());
  await fh.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
