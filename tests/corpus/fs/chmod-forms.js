// Checks chmodSync/fchmodSync/lchmod absence/fs.chmod/fs.fchmod/fs.promises.chmod with numbers and octal strings, directories, ENOENT and invalid modes.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-chmod-forms';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, r(e.message));
}
function argErr(label, e) {
  console.log(label, e.code, e.name, r(e.message));
}
function tryArg(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { argErr(label, e); }
}
const j = (...a) => path.join(dir, ...a);
const mode = (p) => (fs.statSync(p).mode & 0o777).toString(8);
const fullMode = (p) => (fs.statSync(p).mode & 0o7777).toString(8);

const f = j('f.txt');
fs.writeFileSync(f, 'x');
console.log('chmodSync returns', fs.chmodSync(f, 0o644));
console.log('0o644', mode(f));
fs.chmodSync(f, 0o600);
console.log('0o600', mode(f));
fs.chmodSync(f, '755');
console.log("'755'", mode(f));
fs.chmodSync(f, '0644');
console.log("'0644'", mode(f));
fs.chmodSync(f, 511);
console.log('511', mode(f));
fs.chmodSync(f, 0);
console.log('0', mode(f));
fs.chmodSync(f, 0o4755);
console.log('setuid 0o4755', fullMode(f));
fs.chmodSync(f, 0o1777);
console.log('sticky 0o1777', fullMode(f));
fs.chmodSync(f, 0o644);
console.log('file type bits', (fs.statSync(f).mode & 0o170000).toString(8));

fs.mkdirSync(j('d'));
fs.chmodSync(j('d'), 0o700);
console.log('dir 0o700', mode(j('d')), 'isDirectory', fs.statSync(j('d')).isDirectory());
fs.chmodSync(j('d'), '751');
console.log("dir '751'", mode(j('d')));
fs.chmodSync(j('d'), 0o755);
console.log('dir type bits', (fs.statSync(j('d')).mode & 0o170000).toString(8));

// chmod follows symlinks
fs.symlinkSync('f.txt', j('link'));
fs.chmodSync(j('link'), 0o640);
console.log('target via link', mode(f), 'link is link', fs.lstatSync(j('link')).isSymbolicLink());
console.log('lchmod is', typeof fs.lchmod, typeof fs.lchmodSync);

// errors
try { fs.chmodSync(j('missing'), 0o644); } catch (e) { err('chmod missing', e); }
try { fs.chmodSync(j('f.txt', 'sub'), 0o644); } catch (e) { err('chmod under file', e); }
tryArg('mode object', () => fs.chmodSync(f, {}));
tryArg('mode null', () => fs.chmodSync(f, null));
tryArg('mode undefined', () => fs.chmodSync(f));
tryArg('mode bad string', () => fs.chmodSync(f, 'rwx'));
tryArg('mode 8 digit string', () => fs.chmodSync(f, '789'));
tryArg('mode 0o100644 (type bits ignored)', () => fs.chmodSync(f, 0o100644));
console.log('after 0o100644', fullMode(f));
tryArg('mode negative', () => fs.chmodSync(f, -1));
tryArg('mode float', () => fs.chmodSync(f, 1.5));
tryArg('path number', () => fs.chmodSync(123.5, 0o644));
tryArg('cb missing callback', () => fs.chmod(f, 0o644));
console.log('mode after bad calls', mode(f));

// fchmod
const fd = fs.openSync(f, 'r');
console.log('fchmodSync returns', fs.fchmodSync(fd, 0o604));
console.log('fchmod 0o604', mode(f), (fs.fstatSync(fd).mode & 0o777).toString(8));
fs.fchmodSync(fd, '700');
console.log("fchmod '700'", mode(f));
tryArg('fchmod bad mode', () => fs.fchmodSync(fd, 'zz'));
tryArg('fchmod bad fd', () => fs.fchmodSync('x', 0o644));
fs.closeSync(fd);
try { fs.fchmodSync(fd, 0o644); } catch (e) { err('fchmod closed fd', e); }

fs.chmod(f, 0o444, (e) => {
  console.log('cb chmod err', e, mode(f));
  fs.chmod(f, '0660', (e1) => {
    console.log('cb chmod string err', e1, mode(f));
    fs.chmod(j('missing'), 0o644, (e2) => {
      err('cb chmod missing', e2);
      fs.open(f, 'r', (e3, fd2) => {
        fs.fchmod(fd2, 0o621, (e4) => {
          console.log('cb fchmod err', e4, mode(f));
          fs.close(fd2, () => promisesPart());
        });
      });
    });
  });
});

async function promisesPart() {
  const p = fs.promises;
  await p.chmod(f, 0o750);
  console.log('p chmod', mode(f));
  await p.chmod(f, '640');
  console.log('p chmod string', mode(f));
  await p.chmod(j('d'), 0o711);
  console.log('p chmod dir', mode(j('d')));
  try { await p.chmod(j('missing'), 0o644); } catch (e) { err('p chmod missing', e); }
  try { await p.chmod(f, 'nope'); } catch (e) { argErr('p chmod bad mode', e); }
  try { await p.chmod(f, {}); } catch (e) { argErr('p chmod object mode', e); }
  const fh = await p.open(f, 'r');
  await fh.chmod(0o602);
  console.log('fh chmod', mode(f));
  await fh.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
