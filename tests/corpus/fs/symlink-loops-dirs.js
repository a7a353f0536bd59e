// Checks symlink loops (ELOOP), directory symlinks with readdir/withFileTypes, unlink of a link, and rm recursive not following links.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-symlink-loops-dirs';
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

// loops
fs.symlinkSync('loop-b', j('loop-a'));
fs.symlinkSync('loop-a', j('loop-b'));
fs.symlinkSync('self', j('self'));
tryIt('stat loop-a', () => fs.statSync(j('loop-a')).size);
tryIt('readFile loop-a', () => fs.readFileSync(j('loop-a'), 'utf8'));
tryIt('stat self', () => fs.statSync(j('self')).size);
tryIt('writeFile self', () => fs.writeFileSync(j('self'), 'x'));
tryIt('stat through loop', () => fs.statSync(j('self', 'child')).size);
tryIt('mkdir through loop', () => fs.mkdirSync(j('self', 'child')));
console.log('lstat loop-a', fs.lstatSync(j('loop-a')).isSymbolicLink());
console.log('readlink loop-a', fs.readlinkSync(j('loop-a')));
console.log('exists loop-a', fs.existsSync(j('loop-a')));
tryIt('realpath loop', () => fs.realpathSync(j('loop-a')));

// directory symlinks
fs.mkdirSync(j('real'));
fs.writeFileSync(j('real', 'one.txt'), '1');
fs.writeFileSync(j('real', 'two.txt'), '22');
fs.mkdirSync(j('real', 'nested'));
fs.symlinkSync('real', j('dirlink'));
fs.symlinkSync('one.txt', j('real', 'onelink'));
console.log('readdir via link', fs.readdirSync(j('dirlink')).sort().join(','));
console.log('read via dir link', fs.readFileSync(j('dirlink', 'two.txt'), 'utf8'));
console.log('stat dirlink isDirectory', fs.statSync(j('dirlink')).isDirectory(), 'lstat isDirectory', fs.lstatSync(j('dirlink')).isDirectory());
const ents = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
for (const d of ents) {
  console.log('dirent', d.name, 'file', d.isFile(), 'dir', d.isDirectory(), 'symlink', d.isSymbolicLink());
}
const ents2 = fs.readdirSync(j('dirlink'), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
for (const d of ents2) {
  console.log('dirent via link', d.name, 'file', d.isFile(), 'dir', d.isDirectory(), 'symlink', d.isSymbolicLink());
}
fs.writeFileSync(j('dirlink', 'three.txt'), '333');
console.log('created via dir link', fs.readdirSync(j('real')).sort().join(','));
tryIt('rmdir on dir symlink', () => fs.rmdirSync(j('dirlink')));
tryIt('mkdir onto dir symlink', () => fs.mkdirSync(j('dirlink')));
console.log('mkdir recursive onto dir symlink', fs.mkdirSync(j('dirlink'), { recursive: true }));

// unlink of a symlink removes only the link
fs.unlinkSync(j('real', 'onelink'));
console.log('after unlink link', fs.readdirSync(j('real')).sort().join(','), fs.readFileSync(j('real', 'one.txt'), 'utf8'));
fs.unlinkSync(j('dirlink'));
console.log('after unlink dirlink', fs.existsSync(j('dirlink')), fs.readdirSync(j('real')).sort().join(','));
tryIt('unlink dir', () => fs.unlinkSync(j('real', 'nested')));
tryIt('unlink missing', () => fs.unlinkSync(j('missing')));
fs.unlinkSync(j('loop-a'));
console.log('unlink loop link ok', fs.existsSync(j('loop-b')), fs.lstatSync(j('loop-b')).isSymbolicLink());

// rm recursive on a dir containing a link to outside
fs.mkdirSync(j('outside'));
fs.writeFileSync(j('outside', 'keep.txt'), 'keep me');
fs.mkdirSync(j('victim'));
fs.writeFileSync(j('victim', 'gone.txt'), 'bye');
fs.symlinkSync(j('outside'), j('victim', 'to-outside'));
fs.symlinkSync(j('outside', 'keep.txt'), j('victim', 'to-keep'));
fs.rmSync(j('victim'), { recursive: true });
console.log('victim exists', fs.existsSync(j('victim')));
console.log('outside', fs.readdirSync(j('outside')).join(','), fs.readFileSync(j('outside', 'keep.txt'), 'utf8'));
// rm on a symlink to a dir (no recursive) removes the link only
fs.symlinkSync('outside', j('outlink'));
fs.rmSync(j('outlink'));
console.log('rm dir symlink', fs.existsSync(j('outlink')), fs.existsSync(j('outside')));
// rmSync recursive on a symlink itself removes the link
fs.symlinkSync('outside', j('outlink2'));
fs.rmSync(j('outlink2'), { recursive: true });
console.log('rm -r dir symlink', fs.existsSync(j('outlink2')), fs.readdirSync(j('outside')).join(','));

// async forms
fs.stat(j('loop-b'), (e) => {
  console.log('cb stat dangling-after-unlink', e.code, e.errno, e.syscall, r(e.message));
  fs.stat(j('self'), (e2) => {
    err('cb stat self', e2);
    fs.readdir(j('real'), { withFileTypes: true }, (e3, list) => {
      console.log('cb readdir', e3, list.map((d) => d.name + ':' + d.isDirectory()).sort().join(','));
      (async () => {
        try { await fs.promises.readFile(j('self')); } catch (e) { err('p readFile self', e); }
        await fs.promises.symlink(j('real'), j('plink'));
        const l = await fs.promises.readdir(j('plink'));
        console.log('p readdir via link', l.sort().join(','));
        await fs.promises.rm(j('plink'), { recursive: true });
        console.log('p rm link keeps target', fs.readdirSync(j('real')).sort().join(','));
        fs.rmSync(dir, { recursive: true, force: true });
        console.log('done');
      })();
    });
  });
});
