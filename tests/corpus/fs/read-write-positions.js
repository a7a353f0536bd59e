// Checks fs.read/fs.write (callback and sync) with buffers, offsets, lengths, explicit positions vs the current file position (null/-1), string writes, and range errors.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-read-write-positions';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = `${dir}/f.bin`;
fs.writeFileSync(file, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const show = (b) => JSON.stringify(b.toString('latin1').replace(/\0/g, '.'));

const fd = fs.openSync(file, 'r+');
const buf = Buffer.alloc(10);
console.log('readSync pos 5', fs.readSync(fd, buf, 0, 4, 5), show(buf));
console.log('readSync offset 6 pos null', fs.readSync(fd, buf, 6, 4, null), show(buf));
console.log('readSync pos -1 (current)', fs.readSync(fd, buf, 0, 3, -1), show(buf));
console.log('readSync options object', fs.readSync(fd, buf, { offset: 2, length: 2, position: 24 }), show(buf));
console.log('readSync past end', fs.readSync(fd, buf, 0, 10, 100));
console.log('readSync bigint pos', fs.readSync(fd, buf, 0, 2, 10n), show(buf));
console.log('writeSync string pos 0', fs.writeSync(fd, 'ab', 0));
console.log('writeSync buffer slice pos 20', fs.writeSync(fd, Buffer.from('0123456789'), 3, 4, 20));
console.log('writeSync past end pos 30', fs.writeSync(fd, 'END', 30));
console.log('content', show(fs.readFileSync(file)));
for (const f of [
  () => fs.readSync(fd, buf, 8, 5, 0),
  () => fs.readSync(fd, buf, 11, 1, 0),
  () => fs.readSync(fd, buf, 0, 1, -2),
  () => fs.writeSync(fd, Buffer.alloc(2), 0, 5),
  () => fs.readSync(fd, 'nope', 0, 1, 0),
]) {
  try { console.log('no error', f()); } catch (e) { console.log(e.code, e.message); }
}
fs.closeSync(fd);

fs.open(file, 'r+', (err, fd2) => {
  const b2 = Buffer.alloc(6, '-');
  fs.read(fd2, b2, 1, 4, 2, (err2, n, same) => {
    console.log('read cb', err2, n, same === b2, show(b2));
    fs.read(fd2, (err3, n3, b3) => {
      console.log('read default buffer', err3, n3, b3.length, show(b3.subarray(0, n3)));
      fs.read(fd2, { buffer: Buffer.alloc(4), position: 12 }, (err4, n4, b4) => {
        console.log('read options', err4, n4, show(b4));
        fs.write(fd2, 'zz', 4, 'utf8', (err5, written, str) => {
          console.log('write string cb', err5, written, JSON.stringify(str));
          fs.write(fd2, Buffer.from('WXYZ'), 1, 2, 8, (err6, w6, b6) => {
            console.log('write buffer cb', err6, w6, show(b6));
            fs.write(fd2, Buffer.from('!'), (err7, w7) => {
              console.log('write no position', err7, w7);
              fs.closeSync(fd2);
              console.log('content', show(fs.readFileSync(file)));
              fs.read(fd2, Buffer.alloc(1), 0, 1, 0, (e8) => {
                console.log('read closed fd', e8.code, e8.syscall, e8.message);
                fs.rmSync(dir, { recursive: true });
                console.log('cleaned', fs.existsSync(dir));
              });
            });
          });
        });
      });
    });
  });
});
