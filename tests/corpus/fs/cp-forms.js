// Checks cpSync/fs.cp/fs.promises.cp: file copy, recursive tree copy, ERR_FS_EISDIR without recursive, force/errorOnExist, filter, and copy into itself.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-cp-forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.name, r(e.message));
}
function tryIt(label, fn) {
  try { console.log(label, 'ok', r(fn())); } catch (e) { err(label, e); }
}
const j = (...a) => path.join(dir, ...a);
function tree(root) {
  const out = [];
  for (const rel of fs.readdirSync(root, { recursive: true }).sort()) {
    const p = path.join(root, rel);
    const st = fs.lstatSync(p);
    if (st.isSymbolicLink()) out.push(rel + ' -> ' + r(fs.readlinkSync(p)));
    else if (st.isDirectory()) out.push(rel + '/');
    else out.push(rel + '=' + JSON.stringify(fs.readFileSync(p, 'utf8')));
  }
  return out.join(' | ');
}

fs.mkdirSync(j('src', 'a', 'b'), { recursive: true });
fs.mkdirSync(j('src', 'empty'));
fs.writeFileSync(j('src', 'top.txt'), 'top');
fs.writeFileSync(j('src', 'a', 'mid.txt'), 'mid');
fs.writeFileSync(j('src', 'a', 'b', 'deep.txt'), 'deep');
fs.writeFileSync(j('src', 'a', 'skip.log'), 'skip me');

// file copy
console.log('cpSync file returns', fs.cpSync(j('src', 'top.txt'), j('copy.txt')));
console.log('file copy', fs.readFileSync(j('copy.txt'), 'utf8'));
fs.cpSync(j('src', 'a', 'mid.txt'), j('newdir', 'x', 'mid.txt'));
console.log('file copy creates parents', fs.readFileSync(j('newdir', 'x', 'mid.txt'), 'utf8'));

// tree copy
fs.cpSync(j('src'), j('dst'), { recursive: true });
console.log('tree', tree(j('dst')));
console.log('src unchanged', tree(j('src')));

// dir without recursive
tryIt('dir without recursive', () => fs.cpSync(j('src'), j('dst2')));
console.log('dst2 exists', fs.existsSync(j('dst2')));

// overwrite behaviour
fs.writeFileSync(j('existing.txt'), 'old');
fs.cpSync(j('src', 'top.txt'), j('existing.txt'));
console.log('default force overwrites', fs.readFileSync(j('existing.txt'), 'utf8'));
fs.writeFileSync(j('existing.txt'), 'old');
fs.cpSync(j('src', 'top.txt'), j('existing.txt'), { force: false });
console.log('force false keeps', fs.readFileSync(j('existing.txt'), 'utf8'));
tryIt('force false errorOnExist', () => fs.cpSync(j('src', 'top.txt'), j('existing.txt'), { force: false, errorOnExist: true }));
fs.cpSync(j('src', 'top.txt'), j('existing.txt'), { force: true, errorOnExist: true });
console.log('force true errorOnExist ignored', fs.readFileSync(j('existing.txt'), 'utf8'));
fs.writeFileSync(j('dst', 'a', 'mid.txt'), 'changed');
// (a directory holding a single file, so the first conflict does not depend on readdir order)
tryIt('tree errorOnExist', () => fs.cpSync(j('src', 'a', 'b'), j('dst', 'a', 'b'), { recursive: true, force: false, errorOnExist: true }));
fs.cpSync(j('src'), j('dst'), { recursive: true, force: false });
console.log('tree force false keeps', fs.readFileSync(j('dst', 'a', 'mid.txt'), 'utf8'));
fs.cpSync(j('src'), j('dst'), { recursive: true });
console.log('tree force overwrites', fs.readFileSync(j('dst', 'a', 'mid.txt'), 'utf8'));

// filter
const seen = [];
fs.cpSync(j('src'), j('filtered'), {
  recursive: true,
  filter: (s, d) => { seen.push(r(s) + '>' + r(d)); return !s.endsWith('.log') && path.basename(s) !== 'b'; },
});
console.log('filter calls', seen.sort().join(' , '));
console.log('filtered tree', tree(j('filtered')));
fs.cpSync(j('src'), j('nothing'), { recursive: true, filter: () => false });
console.log('filter false at root', fs.existsSync(j('nothing')));

// errors
tryIt('copy to itself subdir', () => fs.cpSync(j('src'), j('src', 'a', 'inner'), { recursive: true }));
tryIt('copy to same path', () => fs.cpSync(j('src', 'top.txt'), j('src', 'top.txt')));
tryIt('copy missing', () => fs.cpSync(j('nope'), j('nope2')));
tryIt('dir onto file', () => fs.cpSync(j('src'), j('copy.txt'), { recursive: true }));
tryIt('file onto dir', () => fs.cpSync(j('src', 'top.txt'), j('dst'), { recursive: true }));
// symlinks: relative link targets are rewritten to absolute ones in the copy
fs.mkdirSync(j('lsrc'));
fs.writeFileSync(j('lsrc', 'f.txt'), 'linked');
fs.symlinkSync('f.txt', j('lsrc', 'rel-link'));
fs.cpSync(j('lsrc'), j('ldst'), { recursive: true });
console.log('symlink tree', tree(j('ldst')));
tryIt('recopy tree with symlink', () => fs.cpSync(j('lsrc'), j('ldst'), { recursive: true }));
fs.cpSync(j('lsrc'), j('lderef'), { recursive: true, dereference: true });
console.log('dereference tree', tree(j('lderef')));
fs.cpSync(j('lsrc', 'rel-link'), j('deref.txt'), { dereference: true });
console.log('dereference', fs.lstatSync(j('deref.txt')).isSymbolicLink(), fs.readFileSync(j('deref.txt'), 'utf8'));

fs.cp(j('src', 'top.txt'), j('cb.txt'), (e) => {
  console.log('cb cp file', e, fs.readFileSync(j('cb.txt'), 'utf8'));
  fs.cp(j('src'), j('cbdir'), (e1) => {
    err('cb cp dir no recursive', e1);
    fs.cp(j('src'), j('cbdir'), { recursive: true, filter: (s) => !s.endsWith('.log') }, (e2) => {
      console.log('cb cp tree', e2, tree(j('cbdir')));
      fs.cp(j('src', 'top.txt'), j('cb.txt'), { force: false, errorOnExist: true }, (e3) => {
        err('cb cp errorOnExist', e3);
        promisesPart();
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  console.log('p cp file', await p.cp(j('src', 'a', 'b', 'deep.txt'), j('p.txt')), fs.readFileSync(j('p.txt'), 'utf8'));
  try { await p.cp(j('src'), j('pdir')); } catch (e) { err('p cp dir no recursive', e); }
  await p.cp(j('src'), j('pdir'), { recursive: true, filter: async (s) => path.basename(s) !== 'empty' });
  console.log('p cp tree async filter', tree(j('pdir')));
  try { await p.cp(j('src', 'top.txt'), j('p.txt'), { force: false, errorOnExist: true }); } catch (e) { err('p cp errorOnExist', e); }
  try { await p.cp(j('src'), j('src', 'sub'), { recursive: true }); } catch (e) { err('p cp into itself', e); }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
