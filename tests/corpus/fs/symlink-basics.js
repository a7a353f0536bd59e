// Checks symlinkSync/readlinkSync, lstat vs stat, reading via symlink, relative targets, dangling links, EINVAL and EEXIST.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-symlink-basics';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, r(e.message));
}
function tryIt(label, fn) {
  try { console.log(label, 'ok', r(fn())); } catch (e) { err(label, e); }
}

fs.writeFileSync(path.join(dir, 'target.txt'), 'hello target');
fs.mkdirSync(path.join(dir, 'sub'));

// absolute symlink
const abs = path.join(dir, 'abs-link');
console.log('symlinkSync returns', fs.symlinkSync(path.join(dir, 'target.txt'), abs));
console.log('readlink abs', r(fs.readlinkSync(abs)));
console.log('readlink buffer', Buffer.isBuffer(fs.readlinkSync(abs, { encoding: 'buffer' })));
console.log('readlink buffer str', r(fs.readlinkSync(abs, 'buffer').toString()));
console.log('lstat isSymbolicLink', fs.lstatSync(abs).isSymbolicLink(), 'isFile', fs.lstatSync(abs).isFile());
console.log('stat isSymbolicLink', fs.statSync(abs).isSymbolicLink(), 'isFile', fs.statSync(abs).isFile());
console.log('stat size', fs.statSync(abs).size, 'lstat size', fs.lstatSync(abs).size);
console.log('read through link', fs.readFileSync(abs, 'utf8'));

// relative symlink: resolved relative to the link's directory
const rel = path.join(dir, 'sub', 'rel-link');
fs.symlinkSync('../target.txt', rel);
console.log('readlink rel', fs.readlinkSync(rel));
console.log('read rel link', fs.readFileSync(rel, 'utf8'));
const rel2 = path.join(dir, 'rel-link2');
fs.symlinkSync('target.txt', rel2);
console.log('read rel2 link', fs.readFileSync(rel2, 'utf8'));
// a relative target that is relative to cwd would be wrong
const wrong = path.join(dir, 'sub', 'wrong-link');
fs.symlinkSync('target.txt', wrong);
tryIt('read wrong rel link', () => fs.readFileSync(wrong, 'utf8'));

// write through a symlink
fs.writeFileSync(rel2, 'rewritten');
console.log('target after write via link', fs.readFileSync(path.join(dir, 'target.txt'), 'utf8'));
fs.appendFileSync(abs, '+more');
console.log('target after append via link', fs.readFileSync(path.join(dir, 'target.txt'), 'utf8'));
console.log('link still a link', fs.lstatSync(rel2).isSymbolicLink());

// dangling symlink
const dang = path.join(dir, 'dangling');
fs.symlinkSync(path.join(dir, 'nope'), dang);
tryIt('stat dangling', () => fs.statSync(dang).size);
console.log('lstat dangling isSymbolicLink', fs.lstatSync(dang).isSymbolicLink());
console.log('existsSync dangling', fs.existsSync(dang));
console.log('readlink dangling', r(fs.readlinkSync(dang)));
tryIt('readFile dangling', () => fs.readFileSync(dang));
console.log('statSync throwIfNoEntry false', fs.statSync(dang, { throwIfNoEntry: false }));
console.log('readdir', fs.readdirSync(dir).sort().join(','));
// writing through dangling link creates the target
fs.writeFileSync(dang, 'created via dangling');
console.log('nope now exists', fs.readFileSync(path.join(dir, 'nope'), 'utf8'), fs.existsSync(dang));

// readlink on non-link
tryIt('readlink file', () => fs.readlinkSync(path.join(dir, 'target.txt')));
tryIt('readlink dir', () => fs.readlinkSync(path.join(dir, 'sub')));
tryIt('readlink missing', () => fs.readlinkSync(path.join(dir, 'missing')));

// symlink onto existing path
tryIt('symlink onto file', () => fs.symlinkSync('whatever', path.join(dir, 'target.txt')));
tryIt('symlink onto link', () => fs.symlinkSync('whatever', abs));
tryIt('symlink onto dir', () => fs.symlinkSync('whatever', path.join(dir, 'sub')));
tryIt('symlink in missing dir', () => fs.symlinkSync('whatever', path.join(dir, 'nodir', 'l')));

// callback + promises forms
fs.symlink('target.txt', path.join(dir, 'cb-link'), (e) => {
  console.log('cb symlink err', e);
  fs.readlink(path.join(dir, 'cb-link'), (e2, t) => {
    console.log('cb readlink', e2, t);
    fs.lstat(path.join(dir, 'cb-link'), (e3, st) => {
      console.log('cb lstat', e3, st.isSymbolicLink());
      fs.readlink(path.join(dir, 'target.txt'), (e4) => {
        err('cb readlink file', e4);
        fs.symlink('x', path.join(dir, 'cb-link'), (e5) => {
          err('cb symlink exists', e5);
          promisesPart().then(() => {
            fs.rmSync(dir, { recursive: true, force: true });
            console.log('done');
          });
        });
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  console.log('p symlink', await p.symlink('sub', path.join(dir, 'p-link'), 'dir'));
  console.log('p readlink', await p.readlink(path.join(dir, 'p-link')));
  console.log('p lstat', (await p.lstat(path.join(dir, 'p-link'))).isSymbolicLink());
  console.log('p stat', (await p.stat(path.join(dir, 'p-link'))).isDirectory());
  try { await p.readlink(path.join(dir, 'sub')); } catch (e) { err('p readlink dir', e); }
  try { await p.symlink('x', path.join(dir, 'p-link')); } catch (e) { err('p symlink exists', e); }
  try { await p.stat(dang + '-x'); } catch (e) { err('p stat missing', e); }
}
