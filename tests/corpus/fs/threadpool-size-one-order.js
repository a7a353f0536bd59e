// Checks that with UV_THREADPOOL_SIZE=1 concurrent fs callbacks and fs.promises results arrive in submission order, multi-step readFile/writeFile/copyFile finish after single-step requests, and ticks/microtasks run between callbacks.
process.env.UV_THREADPOOL_SIZE = '1';
const fs = require('fs');
const fsp = require('fs/promises');
const dir = '/tmp/loopscope-corpus-fs-threadpool-size-one-order';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
for (const n of ['a', 'b', 'c']) fs.writeFileSync(`${dir}/${n}.txt`, n.repeat(3));
const order = [];
let pending = 0;
const track = (label) => { pending++; return (...args) => { order.push(label); pending--; process.nextTick(() => order.push(`  tick after ${label}`)); if (pending === 0) done(); return args; }; };

fs.readFile(`${dir}/a.txt`, 'utf8', track('readFile a'));
fs.stat(`${dir}/b.txt`, track('stat b'));
fs.writeFile(`${dir}/w.txt`, 'w', track('writeFile w'));
fs.access(`${dir}/c.txt`, track('access c'));
fsp.stat(`${dir}/a.txt`).then(track('promises stat a'));
fs.lstat(`${dir}/missing`, track('lstat missing'));
fsp.readFile(`${dir}/b.txt`, 'utf8').then(track('promises readFile b'));
fs.copyFile(`${dir}/c.txt`, `${dir}/c2.txt`, track('copyFile c'));
fs.readdir(dir, track('readdir'));
fs.open(`${dir}/a.txt`, 'r', (err, fd) => {
  track('open a')();
  fs.close(fd, track('close a'));
});
fs.unlink(`${dir}/nothere`, track('unlink missing'));
fs.mkdir(`${dir}/sub`, track('mkdir sub'));
console.log('submitted', pending, 'plus open a');

function done() {
  setImmediate(() => {
    for (const line of order) console.log(line);
    console.log('env', process.env.UV_THREADPOOL_SIZE);
    console.log('files', fs.readdirSync(dir).sort().join(','));
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
}
