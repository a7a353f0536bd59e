// Checks fs.rmdir(path, { recursive: true }): the DEP0147 DeprecationWarning (emitted once, what process.on('warning') receives), directories removed, a file giving rmdir's ENOTDIR, a missing path lstat's ENOENT.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-rmdir-rec-'));
const r = (s) => String(s).split(dir).join('<dir>');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const j = (...a) => path.join(dir, ...a);
fs.mkdirSync(j('a', 'b'), { recursive: true });
fs.writeFileSync(j('a', 'b', 'f'), 'x');
fs.mkdirSync(j('c', 'd'), { recursive: true });
fs.writeFileSync(j('file'), 'x');
const err = (label, e) => console.log(label, e ? `${e.code} ${e.errno} ${e.syscall} ${r(e.message)}` : e);
fs.rmdirSync(j('a'), { recursive: true });
console.log('sync removed', !fs.existsSync(j('a')));
try { fs.rmdirSync(j('file'), { recursive: true }); } catch (e) { err('sync file', e); }
try { fs.rmdirSync(j('missing'), { recursive: true }); } catch (e) { err('sync missing', e); }
try { fs.rmdirSync(j('c'), { recursive: 1 }); } catch (e) { err('sync recursive 1', e); }
try { fs.rmdirSync(j('c')); } catch (e) { err('sync not empty', e); }
console.log('main done');
fs.rmdir(j('c'), { recursive: true }, (e) => {
  err('async', e);
  console.log('async removed', !fs.existsSync(j('c')));
  fs.rmdir(j('file'), { recursive: true }, (e2) => {
    err('async file', e2);
    fs.promises.rmdir(j('missing'), { recursive: true }).catch((e3) => {
      err('promises missing', e3);
      fs.rmSync(dir, { recursive: true });
    });
  });
});
