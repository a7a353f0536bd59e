// Checks chownSync/lchownSync/fchownSync/fs.chown/fs.promises.chown/filehandle.chown: keeping the owner, -1, ENOENT, EBADF and invalid ids.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-chown-forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
const j = (...a) => path.join(dir, ...a);
function show(label, fn) {
  try { console.log(label, 'ok', fn()); } catch (e) { console.log(label, e.code, e.errno, e.syscall, e.name, r(e.message)); }
}
const f = j('f.txt');
fs.writeFileSync(f, 'x');
fs.symlinkSync('f.txt', j('link'));
const st = fs.statSync(f);
const { uid, gid } = st;
show('chownSync same owner', () => fs.chownSync(f, uid, gid));
show('chownSync -1 -1', () => fs.chownSync(f, -1, -1));
show('lchownSync link', () => fs.lchownSync(j('link'), uid, gid));
show('owner unchanged', () => { const s = fs.statSync(f); return s.uid === uid && s.gid === gid; });
show('chownSync missing', () => fs.chownSync(j('missing'), uid, gid));
show('lchownSync missing', () => fs.lchownSync(j('missing'), uid, gid));
show('uid -2', () => fs.chownSync(f, -2, gid));
show('uid string', () => fs.chownSync(f, '0', gid));
show('gid float', () => fs.chownSync(f, uid, 1.5));
show('uid too big', () => fs.chownSync(f, 2 ** 32, gid));
const fd = fs.openSync(f, 'r');
show('fchownSync', () => fs.fchownSync(fd, uid, gid));
fs.closeSync(fd);
show('fchownSync closed', () => fs.fchownSync(fd, uid, gid));
show('fchownSync bad fd', () => fs.fchownSync('x', uid, gid));
fs.chown(f, uid, gid, (e) => {
  console.log('cb chown', e);
  fs.chown(j('missing'), uid, gid, async (e2) => {
    console.log('cb chown missing', e2.code, e2.syscall, r(e2.message));
    console.log('p chown', await fs.promises.chown(f, uid, gid));
    console.log('p lchown', await fs.promises.lchown(j('link'), -1, -1));
    try { await fs.promises.chown(j('missing'), uid, gid); } catch (e3) { console.log('p chown missing', e3.code, r(e3.message)); }
    const fh = await fs.promises.open(f, 'r');
    console.log('fh chown', await fh.chown(uid, gid));
    await fh.close();
    fs.rmSync(dir, { recursive: true, force: true });
    console.log('done');
  });
});
