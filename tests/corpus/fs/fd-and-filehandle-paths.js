// Checks readFile/writeFile/appendFile given a file descriptor (callback and sync: they use the descriptor's current position and do not close it) and fs.promises.readFile/writeFile/appendFile given a FileHandle.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-fd-and-filehandle-paths';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'hello world');
const fd = fs.openSync(f, 'r+');
const b = Buffer.alloc(6);
fs.readSync(fd, b, 0, 6, null);
console.log('sync readFile from position 6', JSON.stringify(fs.readFileSync(fd, 'utf8')));
console.log('sync readFile at end', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.writeFileSync(fd, '!!');
console.log('sync writeFile appends at position', JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.appendFileSync(fd, '?');
console.log('sync appendFile', JSON.stringify(fs.readFileSync(f, 'utf8')));
console.log('fd still open', typeof fs.fstatSync(fd).size);
fs.readFile(fd, 'utf8', (err, text) => {
  console.log('cb readFile fd at end', err, JSON.stringify(text));
  const fd2 = fs.openSync(f, 'r');
  fs.readFile(fd2, (err2, buf) => {
    console.log('cb readFile fd2', err2, Buffer.isBuffer(buf), buf.toString());
    fs.closeSync(fd2);
    fs.writeFile(fd, '#', (err3) => {
      console.log('cb writeFile fd', err3, JSON.stringify(fs.readFileSync(f, 'utf8')));
      fs.closeSync(fd);
      promisesPart();
    });
  });
});
async function promisesPart() {
  const p = fs.promises;
  const fh = await p.open(f, 'r+');
  console.log('p readFile handle', JSON.stringify(await p.readFile(fh, 'utf8')));
  await p.writeFile(fh, '-tail');
  console.log('p writeFile handle', JSON.stringify(fs.readFileSync(f, 'utf8')));
  await p.appendFile(fh, '+');
  console.log('p appendFile handle', JSON.stringify(fs.readFileSync(f, 'utf8')));
  await fh.close();
  try { await p.readFile(fh); } catch (e) { console.log('p readFile closed handle', e.code, e.message); }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
}
