// fs.promises.open returns a FileHandle: write, read at positions, stat, readFile, close.
const fsp = require('fs/promises');
const path = '/tmp/loopscope-corpus-filehandle.txt';
(async () => {
  const w = await fsp.open(path, 'w');
  console.log(typeof w.fd, (await w.write('hello filehandle')).bytesWritten);
  await w.close();
  const r = await fsp.open(path, 'r');
  const { bytesRead, buffer } = await r.read(Buffer.alloc(5), 0, 5, 6);
  console.log(bytesRead, buffer.toString());
  console.log((await r.stat()).size, await r.readFile('utf8'));
  await r.close();
  try { await fsp.open('/tmp/loopscope-missing-dir/x', 'r'); } catch (e) { console.log(e.code, e.syscall); }
  await fsp.rm(path);
})();
