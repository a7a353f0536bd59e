// Checks readdirSync/fs.readdir/fs.promises.readdir with { recursive: true } (plain and withFileTypes), plus rmSync/rmdirSync errors (ERR_FS_EISDIR, ENOTEMPTY, ENOENT, ENOTDIR).
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-readdir-recursive-rm';
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
const sortDirents = (list) => list.map((d) => r(d.path) + ' | ' + d.name + (d.isDirectory() ? '/' : d.isSymbolicLink() ? '@' : '')).sort();

fs.mkdirSync(j('t', 'a', 'b', 'c'), { recursive: true });
fs.mkdirSync(j('t', 'empty'));
fs.writeFileSync(j('t', 'root.txt'), '1');
fs.writeFileSync(j('t', 'a', 'a1.txt'), '2');
fs.writeFileSync(j('t', 'a', 'b', 'b1.txt'), '3');
fs.writeFileSync(j('t', 'a', 'b', 'c', 'c1.txt'), '4');
fs.mkdirSync(j('linked'));
fs.writeFileSync(j('linked', 'hidden.txt'), 'not listed through link');
fs.symlinkSync(j('linked'), j('t', 'dirlink'));

console.log('flat', fs.readdirSync(j('t')).sort().join(','));
// note: plain recursive listing follows directory symlinks (uses stat), withFileTypes does not
console.log('recursive', JSON.stringify(fs.readdirSync(j('t'), { recursive: true }).sort()));
console.log('recursive false', JSON.stringify(fs.readdirSync(j('t'), { recursive: false }).sort()));
for (const line of sortDirents(fs.readdirSync(j('t'), { recursive: true, withFileTypes: true }))) console.log('dirent', line);
console.log('recursive empty dir', JSON.stringify(fs.readdirSync(j('t', 'empty'), { recursive: true })));
tryIt('recursive missing', () => fs.readdirSync(j('missing'), { recursive: true }));
tryIt('recursive on file', () => fs.readdirSync(j('t', 'root.txt'), { recursive: true }));

// rm / rmdir
fs.writeFileSync(j('file.txt'), 'x');
console.log('rmSync file returns', fs.rmSync(j('file.txt')), fs.existsSync(j('file.txt')));
tryIt('rmSync missing', () => fs.rmSync(j('file.txt')));
console.log('rmSync missing force', fs.rmSync(j('file.txt'), { force: true }));
tryIt('rmSync dir without recursive', () => fs.rmSync(j('t', 'empty')));
tryIt('rmSync non-empty dir without recursive', () => fs.rmSync(j('t', 'a')));
tryIt('rmSync under file', () => fs.rmSync(j('t', 'root.txt', 'x')));
tryIt('rmdirSync non-empty', () => fs.rmdirSync(j('t', 'a')));
tryIt('rmdirSync file', () => fs.rmdirSync(j('t', 'root.txt')));
tryIt('rmdirSync missing', () => fs.rmdirSync(j('nope')));
console.log('rmdirSync empty returns', fs.rmdirSync(j('t', 'empty')), fs.existsSync(j('t', 'empty')));
console.log('rmSync recursive', fs.rmSync(j('t', 'a', 'b'), { recursive: true }), fs.existsSync(j('t', 'a', 'b')));
console.log('after removals', JSON.stringify(fs.readdirSync(j('t'), { recursive: true }).sort()));

fs.mkdirSync(j('t', 'a', 'cb', 'deep'), { recursive: true });
fs.writeFileSync(j('t', 'a', 'cb', 'deep', 'f'), 'f');
fs.readdir(j('t'), { recursive: true }, (e, list) => {
  console.log('cb recursive', e, JSON.stringify(list.sort()));
  fs.readdir(j('t'), { recursive: true, withFileTypes: true }, (e1, ents) => {
    console.log('cb recursive dirents', e1, JSON.stringify(sortDirents(ents)));
    fs.rm(j('t', 'a'), (e2) => {
      err('cb rm dir', e2);
      fs.rmdir(j('t', 'a'), (e3) => {
        err('cb rmdir non-empty', e3);
        fs.rm(j('t', 'nope'), (e4) => {
          err('cb rm missing', e4);
          promisesPart();
        });
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  console.log('p recursive', JSON.stringify((await p.readdir(j('t'), { recursive: true })).sort()));
  console.log('p recursive dirents', JSON.stringify(sortDirents(await p.readdir(j('t', 'a'), { recursive: true, withFileTypes: true }))));
  try { await p.rm(j('t', 'a')); } catch (e) { err('p rm dir', e); }
  try { await p.rmdir(j('t', 'a')); } catch (e) { err('p rmdir non-empty', e); }
  try { await p.rm(j('t', 'nope')); } catch (e) { err('p rm missing', e); }
  console.log('p rm force missing', await p.rm(j('t', 'nope'), { force: true }));
  await p.rm(j('t', 'a'), { recursive: true });
  console.log('p after rm', JSON.stringify((await p.readdir(j('t'), { recursive: true })).sort()));
  console.log('linked target intact', fs.readdirSync(j('linked')).join(','));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
