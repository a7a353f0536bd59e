// Checks fs.writev/readv (callback and sync) and FileHandle.writev/readv: gathered writes, scattered reads, positions, short reads at EOF and argument errors.
const fs = require('fs');
const fsp = require('fs/promises');
const dir = '/tmp/loopscope-corpus-fs-writev-readv';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = `${dir}/v.bin`;
const show = (bufs) => JSON.stringify(bufs.map((b) => b.toString('latin1').replace(/\0/g, '.')));
console.log('types', typeof fs.writev, typeof fs.readv, typeof fs.writevSync, typeof fs.readvSync);

const fd = fs.openSync(file, 'w+');
console.log('writevSync', fs.writevSync(fd, [Buffer.from('abc'), Buffer.from('defg'), new Uint8Array([0x68, 0x69])]));
console.log('writevSync pos 2', fs.writevSync(fd, [Buffer.from('XY'), Buffer.from('Z')], 2));
console.log('content', JSON.stringify(fs.readFileSync(file, 'latin1')));
const a = [Buffer.alloc(2), Buffer.alloc(3), Buffer.alloc(4)];
console.log('readvSync pos 0', fs.readvSync(fd, a, 0), show(a));
const b = [Buffer.alloc(4), Buffer.alloc(4)];
console.log('readvSync pos 6 (short)', fs.readvSync(fd, b, 6), show(b));
for (const f of [() => fs.writevSync(fd, 'abc'), () => fs.writevSync(fd, ['abc']), () => fs.readvSync(fd, [Buffer.alloc(1)], 'x')]) {
  try { console.log('no error', f()); } catch (e) { console.log(e.code, e.message); }
}
fs.closeSync(fd);

fs.open(file, 'r+', (err, fd2) => {
  fs.writev(fd2, [Buffer.from('1'), Buffer.from('22'), Buffer.from('333')], 3, (err2, written, buffers) => {
    console.log('writev cb', err2, written, show(buffers));
    const c = [Buffer.alloc(5), Buffer.alloc(5)];
    fs.readv(fd2, c, 1, (err3, n, bufs) => {
      console.log('readv cb', err3, n, bufs === c, show(bufs));
      fs.close(fd2, async () => {
        const fh = await fsp.open(file, 'r+');
        const res = await fh.writev([Buffer.from('<'), Buffer.from('>')], 0);
        console.log('fh.writev', res.bytesWritten, show(res.buffers));
        const rb = [Buffer.alloc(3), Buffer.alloc(20)];
        const rr = await fh.readv(rb, 0);
        console.log('fh.readv', rr.bytesRead, rr.buffers === rb, show(rr.buffers));
        const rr2 = await fh.readv([Buffer.alloc(2)], 100);
        console.log('fh.readv past end', rr2.bytesRead);
        await fh.close();
        try { await fh.writev([Buffer.from('x')]); } catch (e) { console.log('closed handle', e.code, e.syscall); }
        console.log('final', JSON.stringify(fs.readFileSync(file, 'latin1')));
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned', fs.existsSync(dir));
      });
    });
  });
});
