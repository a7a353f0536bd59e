// Checks linkSync/fs.link/fs.promises.link: shared content, nlink counts, writes through either name, EEXIST, ENOENT and EPERM on directories.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-hard-links';
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

fs.writeFileSync(j('orig.txt'), 'original');
console.log('nlink new file', fs.statSync(j('orig.txt')).nlink);
console.log('linkSync returns', fs.linkSync(j('orig.txt'), j('alias.txt')));
console.log('nlink after link', fs.statSync(j('orig.txt')).nlink, fs.statSync(j('alias.txt')).nlink);
console.log('alias content', fs.readFileSync(j('alias.txt'), 'utf8'));
console.log('same ino', fs.statSync(j('orig.txt')).ino === fs.statSync(j('alias.txt')).ino);
console.log('alias isSymbolicLink', fs.lstatSync(j('alias.txt')).isSymbolicLink(), 'isFile', fs.lstatSync(j('alias.txt')).isFile());
fs.writeFileSync(j('alias.txt'), 'changed via alias');
console.log('orig after write alias', fs.readFileSync(j('orig.txt'), 'utf8'));
fs.appendFileSync(j('orig.txt'), ' + appended via orig');
console.log('alias after append orig', fs.readFileSync(j('alias.txt'), 'utf8'));
fs.truncateSync(j('alias.txt'), 7);
console.log('orig after truncate alias', fs.readFileSync(j('orig.txt'), 'utf8'), fs.statSync(j('orig.txt')).size);
fs.chmodSync(j('alias.txt'), 0o600);
console.log('mode shared', (fs.statSync(j('orig.txt')).mode & 0o777).toString(8));
fs.utimesSync(j('orig.txt'), 100, 200);
console.log('mtime shared', fs.statSync(j('alias.txt')).mtimeMs);

fs.mkdirSync(j('sub'));
fs.linkSync(j('orig.txt'), j('sub', 'third.txt'));
console.log('nlink 3', fs.statSync(j('orig.txt')).nlink);
fs.unlinkSync(j('sub', 'third.txt'));
console.log('nlink back to 2', fs.statSync(j('orig.txt')).nlink);
fs.unlinkSync(j('orig.txt'));
console.log('nlink after unlink orig', fs.statSync(j('alias.txt')).nlink, 'exists orig', fs.existsSync(j('orig.txt')));
console.log('alias survives', fs.readFileSync(j('alias.txt'), 'utf8'));

// rename over a hard link
fs.linkSync(j('alias.txt'), j('l2.txt'));
fs.writeFileSync(j('other.txt'), 'other');
fs.renameSync(j('other.txt'), j('l2.txt'));
console.log('after rename over link', fs.readFileSync(j('l2.txt'), 'utf8'), fs.readFileSync(j('alias.txt'), 'utf8'), fs.statSync(j('alias.txt')).nlink);

// errors
fs.writeFileSync(j('exists.txt'), 'x');
tryIt('link EEXIST', () => fs.linkSync(j('alias.txt'), j('exists.txt')));
tryIt('link onto itself', () => fs.linkSync(j('alias.txt'), j('alias.txt')));
tryIt('link missing src', () => fs.linkSync(j('missing'), j('new.txt')));
tryIt('link into missing dir', () => fs.linkSync(j('alias.txt'), j('nodir', 'x')));
tryIt('link dir', () => fs.linkSync(j('sub'), j('sublink')));

// hard link to a symlink links the symlink itself (Linux does not follow)
fs.symlinkSync('alias.txt', j('sym'));
fs.linkSync(j('sym'), j('hardsym'));
console.log('hard link of symlink isSymbolicLink', fs.lstatSync(j('hardsym')).isSymbolicLink(), fs.readlinkSync(j('hardsym')));

fs.link(j('alias.txt'), j('cb.txt'), (e) => {
  console.log('cb link', e, fs.readFileSync(j('cb.txt'), 'utf8'), fs.statSync(j('cb.txt')).nlink);
  fs.link(j('alias.txt'), j('cb.txt'), (e2) => {
    err('cb link EEXIST', e2);
    fs.link(j('sub'), j('cbsub'), async (e3) => {
      err('cb link dir', e3);
      await fs.promises.link(j('alias.txt'), j('p.txt'));
      console.log('p link nlink', (await fs.promises.stat(j('p.txt'))).nlink);
      try { await fs.promises.link(j('sub'), j('psub')); } catch (e) { err('p link dir', e); }
      try { await fs.promises.link(j('nope'), j('psub')); } catch (e) { err('p link missing', e); }
      await fs.promises.unlink(j('p.txt'));
      console.log('p after unlink nlink', (await fs.promises.stat(j('alias.txt'))).nlink);
      fs.rmSync(dir, { recursive: true, force: true });
      console.log('done');
    });
  });
});
