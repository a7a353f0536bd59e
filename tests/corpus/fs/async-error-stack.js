// Checks that async fs errors (callback and fs.promises) have a stack that is just their message line, as node's errors made in C++, and the error's own properties.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ls-stack-'));
const missing = path.join(dir, 'missing');
const r = (s) => String(s).split(dir).join('<dir>');
const show = (label, e) => {
  const lines = e.stack.split('\n');
  console.log(label, typeof e.stack, r(lines[0]), lines[0] === `${e.name}: ${e.message}`, Object.keys(e).join(','));
};
fs.readFile(missing, (e) => {
  show('readFile', e);
  console.log('only line', e.stack.split('\n').length === 1);
  fs.stat(missing, (e2) => {
    show('stat', e2);
    fs.readdir(missing, (e3) => {
      show('readdir', e3);
      fs.opendir(missing, (e4) => {
        show('opendir', e4);
        console.log('opendir one line', e4.stack.split('\n').length === 1);
        fs.promises.readFile(missing).catch((e5) => {
          show('promises.readFile', e5);
          return fs.promises.stat(missing);
        }).catch((e6) => {
          show('promises.stat', e6);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
