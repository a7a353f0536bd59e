// Checks fs.promises FileHandle: stat, truncate, utimes, chmod, readFile/writeFile/appendFile on the handle, read/write positions, and EBADF after close.
const fs = require('fs');
const path = require('path');
const dir = '/tmp/loopscope-corpus-fs-filehandle-ops';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
function err(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.name, r(e.message));
}
const j = (...a) => path.join(dir, ...a);
const p = fs.promises;

(async () => {
  const f = j('f.txt');
  const fh = await p.open(f, 'w+');
  console.log('constructor', fh.constructor.name, 'fd is number', typeof fh.fd === 'number');
  const st0 = await fh.stat();
  console.log('new stat size', st0.size, 'isFile', st0.isFile(), 'nlink', st0.nlink);
  console.log('writeFile returns', await fh.writeFile('hello world'));
  console.log('stat after writeFile', (await fh.stat()).size);
  console.log('readFile at end', JSON.stringify(await fh.readFile('utf8')));
  const rd = await fh.read(Buffer.alloc(5), 0, 5, 0);
  console.log('read at 0', rd.bytesRead, rd.buffer.toString());
  const rd2 = await fh.read({ buffer: Buffer.alloc(3), position: 6 });
  console.log('read options', rd2.bytesRead, rd2.buffer.toString());
  const wr = await fh.write('HE', 0);
  console.log('write positional', wr.bytesWritten, JSON.stringify(wr.buffer));
  console.log('content', fs.readFileSync(f, 'utf8'));
  console.log('appendFile returns', await fh.appendFile('!!'));
  console.log('after appendFile', fs.readFileSync(f, 'utf8'));
  console.log('truncate returns', await fh.truncate(5));
  console.log('after truncate', JSON.stringify(fs.readFileSync(f, 'utf8')), (await fh.stat()).size);
  await fh.truncate(7);
  console.log('after grow', JSON.stringify([...fs.readFileSync(f)]));
  console.log('utimes returns', await fh.utimes(1000, new Date(2000000)));
  const st1 = await fh.stat();
  console.log('utimes', st1.atimeMs, st1.mtimeMs, st1.atime.toISOString(), st1.mtime.toISOString());
  console.log('chmod returns', await fh.chmod(0o640));
  console.log('chmod', ((await fh.stat()).mode & 0o777).toString(8));
  await fh.chmod('600');
  console.log('chmod string', ((await fh.stat()).mode & 0o777).toString(8));
  const big = await fh.stat({ bigint: true });
  console.log('bigint stat size', typeof big.size, String(big.size));
  console.log('sync returns', await fh.sync(), 'datasync returns', await fh.datasync());
  console.log('close returns', await fh.close());
  console.log('fd after close', fh.fd);

  // use after close
  const ops = {
    stat: () => fh.stat(),
    truncate: () => fh.truncate(1),
    utimes: () => fh.utimes(1, 2),
    chmod: () => fh.chmod(0o644),
    readFile: () => fh.readFile(),
    writeFile: () => fh.writeFile('x'),
    appendFile: () => fh.appendFile('x'),
    read: () => fh.read(Buffer.alloc(1), 0, 1, 0),
    write: () => fh.write('x'),
    close: () => fh.close(),
  };
  for (const [name, fn] of Object.entries(ops)) {
    try { const v = await fn(); console.log('after close', name, 'ok', v); } catch (e) { err('after close ' + name, e); }
  }
  console.log('content unchanged', JSON.stringify([...fs.readFileSync(f)]));

  // read-only and append handles
  const ro = await p.open(f, 'r');
  try { await ro.writeFile('nope'); } catch (e) { err('writeFile on r handle', e); }
  try { await ro.appendFile('nope'); } catch (e) { err('appendFile on r handle', e); }
  await ro.close();
  fs.writeFileSync(f, 'base');
  const ap = await p.open(f, 'a');
  await ap.write('+w');
  await ap.appendFile('+af');
  await ap.writeFile('+wf');
  await ap.close();
  console.log('append handle content', fs.readFileSync(f, 'utf8'));
  const rp = await p.open(f, 'r+');
  await rp.writeFile('XY');
  await rp.close();
  console.log('r+ writeFile does not truncate', fs.readFileSync(f, 'utf8'));
  const rf = await p.open(f, 'r');
  const first = Buffer.alloc(2);
  await rf.read(first, 0, 2, null);
  console.log('readFile from current position', JSON.stringify(await rf.readFile('utf8')), first.toString());
  await rf.close();
  try { await p.open(j('missing'), 'r'); } catch (e) { err('open missing', e); }
  try { await p.open(dir, 'w'); } catch (e) { err('open dir for write', e); }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log('done');
})();
