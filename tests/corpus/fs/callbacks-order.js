// Callback fs requests go through the thread pool and complete in the poll phase; readFile takes several round trips.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-cb';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/f.txt`, 'data');
fs.readFile(`${dir}/f.txt`, 'utf8', (err, s) => {
  console.log('readFile', err, s);
  fs.writeFile(`${dir}/g.txt`, 'more', (err2) => {
    console.log('writeFile', err2, fs.readFileSync(`${dir}/g.txt`, 'utf8'));
    fs.readdir(dir, (err3, names) => {
      console.log('readdir', err3, names.sort());
      fs.rm(dir, { recursive: true }, (err4) => console.log('rm', err4, fs.existsSync(dir)));
    });
  });
});
fs.stat(`${dir}/missing`, (err) => console.log('stat error', err.code, err.syscall));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
