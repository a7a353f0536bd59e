// Checks realpathSync, realpathSync.native, fs.realpath, fs.realpath.native and fs.promises.realpath resolving '.', '..', symlinks and ENOENT.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-realpath-forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, r(e.message));
}
const j = (...a) => path.join(dir, ...a);

fs.mkdirSync(j('a', 'b', 'c'), { recursive: true });
fs.writeFileSync(j('a', 'b', 'c', 'f.txt'), 'deep');
fs.symlinkSync('a/b', j('lb'));            // relative dir link
fs.symlinkSync(j('a', 'b', 'c'), j('a', 'lc')); // absolute dir link
fs.symlinkSync('../lb/c/f.txt', j('a', 'lf')); // chain through another link
fs.symlinkSync('missing-target', j('dang'));

const inputs = [
  dir,
  dir + '/.',
  dir + '/./a/./b',
  dir + '/a/b/..',
  dir + '/a/b/c/../../..',
  dir + '/lb',
  dir + '/lb/c',
  dir + '/lb/c/f.txt',
  dir + '/lb/../b',
  dir + '/a/lc/../c/f.txt',
  dir + '/a/lf',
  dir + '//a///b/',
  dir + '/a/lc/',
];
const rawInputs = inputs.concat([dir + '/nope', dir + '/dang', dir + '/lb/nope', dir + '/a/b/c/f.txt/x']);

for (const p of rawInputs) {
  try { console.log('sync', r(p), '=>', r(fs.realpathSync(p))); } catch (e) { err('sync ' + r(p), e); }
  try { console.log('native', r(p), '=>', r(fs.realpathSync.native(p))); } catch (e) { err('native ' + r(p), e); }
}
console.log('buffer', Buffer.isBuffer(fs.realpathSync(j('lb'), 'buffer')), r(fs.realpathSync(j('lb'), { encoding: 'buffer' }).toString()));
console.log('buffer native', Buffer.isBuffer(fs.realpathSync.native(j('lb'), 'buffer')));
console.log('root', fs.realpathSync('/'), fs.realpathSync.native('/'));

function cbChain(list, i, done) {
  if (i >= list.length) return done();
  fs.realpath(list[i], (e, res) => {
    if (e) err('cb ' + r(list[i]), e); else console.log('cb', r(list[i]), '=>', r(res));
    fs.realpath.native(list[i], (e2, res2) => {
      if (e2) err('cb native ' + r(list[i]), e2); else console.log('cb native', r(list[i]), '=>', r(res2));
      cbChain(list, i + 1, done);
    });
  });
}

cbChain([j('lb', 'c'), j('a', 'lf'), j('nope'), j('dang')], 0, async () => {
  for (const p of [j('a', 'lc', '..'), j('a', 'lf'), j('nope'), j('lb', 'c', 'f.txt')]) {
    try { console.log('promise', r(p), '=>', r(await fs.promises.realpath(p))); } catch (e) { err('promise ' + r(p), e); }
  }
  const b = await fs.promises.realpath(j('lb'), { encoding: 'buffer' });
  console.log('promise buffer', Buffer.isBuffer(b), r(b.toString()));
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
});
