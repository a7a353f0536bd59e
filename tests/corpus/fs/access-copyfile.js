// Checks fs.constants access/copyfile values, accessSync/fs.access/fs.promises.access root-independent results, and copyFileSync with COPYFILE_EXCL.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-access-copyfile';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, r(e.message));
}
function tryIt(label, fn) {
  try { console.log(label, 'ok', r(fn())); } catch (e) { err(label, e); }
}
function tryArg(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.name, r(e.message)); }
}
const j = (...a) => path.join(dir, ...a);
const c = fs.constants;

console.log('F_OK', c.F_OK, 'R_OK', c.R_OK, 'W_OK', c.W_OK, 'X_OK', c.X_OK);
console.log('fs.F_OK', fs.F_OK, 'fs.R_OK', fs.R_OK, 'fs.W_OK', fs.W_OK, 'fs.X_OK', fs.X_OK);
console.log('COPYFILE_EXCL', c.COPYFILE_EXCL, 'COPYFILE_FICLONE', c.COPYFILE_FICLONE, 'COPYFILE_FICLONE_FORCE', c.COPYFILE_FICLONE_FORCE);
console.log('UV_FS_COPYFILE_EXCL', c.UV_FS_COPYFILE_EXCL);

const f = j('f.txt');
fs.writeFileSync(f, 'content');
fs.chmodSync(f, 0o644);
console.log('accessSync returns', fs.accessSync(f));
tryIt('F_OK', () => fs.accessSync(f, c.F_OK));
tryIt('R_OK', () => fs.accessSync(f, c.R_OK));
tryIt('R_OK|W_OK', () => fs.accessSync(f, c.R_OK | c.W_OK));
tryIt('X_OK on 0o644', () => fs.accessSync(f, c.X_OK));
tryIt('R_OK|X_OK on 0o644', () => fs.accessSync(f, c.R_OK | c.X_OK));
fs.chmodSync(f, 0o755);
tryIt('X_OK on 0o755', () => fs.accessSync(f, c.X_OK));
fs.chmodSync(f, 0o700);
tryIt('X_OK on 0o700', () => fs.accessSync(f, c.X_OK));
fs.chmodSync(f, 0o644);
tryIt('F_OK missing', () => fs.accessSync(j('missing'), c.F_OK));
tryIt('R_OK missing', () => fs.accessSync(j('missing'), c.R_OK));
tryIt('under file', () => fs.accessSync(j('f.txt', 'x')));
fs.mkdirSync(j('d'));
fs.chmodSync(j('d'), 0o755);
tryIt('X_OK on dir 0o755', () => fs.accessSync(j('d'), c.X_OK));
fs.symlinkSync('missing', j('dangling'));
tryIt('F_OK dangling link', () => fs.accessSync(j('dangling')));
tryArg('mode 8', () => fs.accessSync(f, 8));
tryArg('mode string', () => fs.accessSync(f, 'r'));
console.log('existsSync', fs.existsSync(f), fs.existsSync(j('missing')), fs.existsSync(), fs.existsSync(null), fs.existsSync(123));

// copyFile
const dst = j('copy.txt');
console.log('copyFileSync returns', fs.copyFileSync(f, dst));
console.log('copy content', fs.readFileSync(dst, 'utf8'));
fs.writeFileSync(f, 'new content');
fs.copyFileSync(f, dst);
console.log('overwrite content', fs.readFileSync(dst, 'utf8'));
tryIt('COPYFILE_EXCL onto existing', () => fs.copyFileSync(f, dst, c.COPYFILE_EXCL));
console.log('unchanged after EXCL fail', fs.readFileSync(dst, 'utf8'));
fs.copyFileSync(f, j('excl-new.txt'), c.COPYFILE_EXCL);
console.log('EXCL new', fs.readFileSync(j('excl-new.txt'), 'utf8'));
tryIt('copy missing src', () => fs.copyFileSync(j('missing'), j('x.txt')));
tryIt('copy dir src', () => fs.copyFileSync(j('d'), j('x.txt')));
tryIt('copy onto dir', () => fs.copyFileSync(f, j('d')));
tryIt('copy into missing dir', () => fs.copyFileSync(f, j('nodir', 'x.txt')));
tryArg('copy bad mode', () => fs.copyFileSync(f, j('y.txt'), 8));
// copy through symlink copies the content
fs.symlinkSync('f.txt', j('flink'));
fs.copyFileSync(j('flink'), j('from-link.txt'));
console.log('copy from link isSymbolicLink', fs.lstatSync(j('from-link.txt')).isSymbolicLink(), fs.readFileSync(j('from-link.txt'), 'utf8'));
// copy preserves mode
fs.chmodSync(f, 0o640);
fs.copyFileSync(f, j('mode-copy.txt'));
console.log('copy mode', (fs.statSync(j('mode-copy.txt')).mode & 0o777).toString(8));

fs.access(f, c.X_OK, (e) => {
  err('cb X_OK on 0o640', e);
  fs.access(j('missing'), (e1) => {
    err('cb F_OK missing', e1);
    fs.access(f, c.R_OK, (e2) => {
      console.log('cb R_OK', e2);
      fs.copyFile(f, dst, c.COPYFILE_EXCL, (e3) => {
        err('cb copyFile EXCL', e3);
        fs.copyFile(f, j('cb-copy.txt'), (e4) => {
          console.log('cb copyFile', e4, fs.readFileSync(j('cb-copy.txt'), 'utf8'));
          promisesPart();
        });
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  console.log('p access', await p.access(f));
  try { await p.access(j('missing')); } catch (e) { err('p access missing', e); }
  try { await p.access(f, c.X_OK); } catch (e) { err('p access X_OK', e); }
  try { await p.copyFile(f, dst, c.COPYFILE_EXCL); } catch (e) { err('p copyFile EXCL', e); }
  await p.copyFile(f, j('p-copy.txt'), c.COPYFILE_EXCL);
  console.log('p copyFile', await p.readFile(j('p-copy.txt'), 'utf8'));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
