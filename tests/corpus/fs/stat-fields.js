// Checks deterministic Stats fields: is* predicates, size, nlink, file-type bits via lstat, typeof of dev/ino/blksize/blocks/times, bigint stats, fstat and throwIfNoEntry.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-stat-fields';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, r(e.message));
}
const j = (...a) => path.join(dir, ...a);
const preds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
const showPreds = (label, st) => console.log(label, preds.map((k) => k + '=' + st[k]()).join(' '));
const typeBits = (st) => (Number(st.mode) & 0o170000).toString(8);

fs.writeFileSync(j('f.txt'), 'twelve bytes');
fs.writeFileSync(j('empty.txt'), '');
fs.mkdirSync(j('d'));
fs.symlinkSync('f.txt', j('link'));

const sf = fs.statSync(j('f.txt'));
const sd = fs.statSync(j('d'));
const sl = fs.lstatSync(j('link'));
const slf = fs.statSync(j('link'));
showPreds('file', sf);
showPreds('dir', sd);
showPreds('lstat link', sl);
showPreds('stat link', slf);
console.log('constructor', sf.constructor.name, sf instanceof fs.Stats);
console.log('file size', sf.size, 'empty size', fs.statSync(j('empty.txt')).size, 'link lstat size', sl.size, 'link stat size', slf.size);
console.log('file nlink', sf.nlink, 'link nlink', sl.nlink);
console.log('type bits file', typeBits(sf), 'dir', typeBits(sd), 'link', typeBits(sl), 'stat link', typeBits(slf));
console.log('S_IF constants', fs.constants.S_IFMT.toString(8), fs.constants.S_IFREG.toString(8), fs.constants.S_IFDIR.toString(8), fs.constants.S_IFLNK.toString(8), fs.constants.S_IFCHR.toString(8), fs.constants.S_IFIFO.toString(8), fs.constants.S_IFSOCK.toString(8), fs.constants.S_IFBLK.toString(8));
console.log('file matches S_IFREG', (sf.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG, 'link matches S_IFLNK', (sl.mode & fs.constants.S_IFMT) === fs.constants.S_IFLNK);
const fields = ['dev', 'ino', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'size', 'blksize', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime'];
console.log('typeof', fields.map((k) => k + ':' + (sf[k] instanceof Date ? 'Date' : typeof sf[k])).join(' '));
console.log('own keys', Object.keys(sf).sort().join(','));
fs.utimesSync(j('empty.txt'), 1.0004, 1.0006);
const su = fs.statSync(j('empty.txt'));
console.log('sub-ms times', su.atimeMs, su.mtimeMs, 'Date ms', su.atime.getTime(), su.mtime.getTime());
fs.chmodSync(j('f.txt'), 0o640);
console.log('mode after chmod', (fs.statSync(j('f.txt')).mode & 0o777).toString(8), 'full', fs.statSync(j('f.txt')).mode.toString(8));

// bigint
const bf = fs.statSync(j('f.txt'), { bigint: true });
console.log('bigint constructor', bf.constructor.name);
console.log('bigint typeof', ['size', 'mode', 'nlink', 'ino', 'dev', 'atimeMs', 'mtimeNs', 'blocks'].map((k) => k + ':' + typeof bf[k]).join(' '), 'mtime:', bf.mtime instanceof Date ? 'Date' : typeof bf.mtime);
console.log('bigint size', bf.size === 12n, String(bf.size), 'type bits', typeBits(bf), 'isFile', bf.isFile());
console.log('bigint has Ns', 'atimeNs' in bf, 'number has Ns', 'atimeNs' in sf);
const bl = fs.lstatSync(j('link'), { bigint: true });
console.log('bigint lstat isSymbolicLink', bl.isSymbolicLink(), typeof bl.size);

// fstat
const fd = fs.openSync(j('f.txt'), 'r');
const fst = fs.fstatSync(fd);
showPreds('fstat', fst);
console.log('fstat size', fst.size, 'bigint', typeof fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);
const dfd = fs.openSync(j('d'), 'r');
showPreds('fstat dir', fs.fstatSync(dfd));
fs.closeSync(dfd);

// missing
try { fs.statSync(j('missing')); } catch (e) { err('stat missing', e); }
try { fs.lstatSync(j('missing')); } catch (e) { err('lstat missing', e); }
try { fs.statSync(j('f.txt', 'x')); } catch (e) { err('stat under file', e); }
console.log('throwIfNoEntry false', fs.statSync(j('missing'), { throwIfNoEntry: false }), fs.lstatSync(j('missing'), { throwIfNoEntry: false }));
try { fs.statSync(j('f.txt', 'x'), { throwIfNoEntry: false }); } catch (e) { err('throwIfNoEntry false ENOTDIR', e); }
console.log('trailing slash on dir', fs.statSync(j('d') + '/').isDirectory());
try { fs.statSync(j('f.txt') + '/'); } catch (e) { err('trailing slash on file', e); }

fs.stat(j('f.txt'), (e, st) => {
  console.log('cb stat', e, st.isFile(), st.size);
  fs.lstat(j('link'), { bigint: true }, (e1, st1) => {
    console.log('cb lstat bigint', e1, st1.isSymbolicLink(), typeof st1.size);
    fs.stat(j('missing'), async (e2) => {
      err('cb stat missing', e2);
      const ps = await fs.promises.stat(j('d'));
      showPreds('p stat dir', ps);
      const pb = await fs.promises.stat(j('f.txt'), { bigint: true });
      console.log('p stat bigint', typeof pb.size, String(pb.size));
      showPreds('p lstat link', await fs.promises.lstat(j('link')));
      try { await fs.promises.lstat(j('missing')); } catch (e3) { err('p lstat missing', e3); }
      fs.rmSync(dir, { recursive: true, force: true });
      console.log('done');
    });
  });
});
