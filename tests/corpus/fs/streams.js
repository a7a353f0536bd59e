// fs.createReadStream (64 KiB chunks, start/end, encoding, ENOENT) and createWriteStream (write() false at 16 KiB, bytesWritten), and pipe between them.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-streams';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/in.csv`, 'id,value\n' + Array.from({ length: 20000 }, (_, i) => `${i},${i * 2}`).join('\n'));
const r = fs.createReadStream(`${dir}/in.csv`);
let chunks = 0; let bytes = 0;
r.on('open', (fd) => console.log('open', typeof fd));
r.on('ready', () => console.log('ready'));
r.on('data', (c) => { chunks++; bytes += c.length; if (chunks === 1) console.log('first chunk', c.length); });
r.on('end', () => console.log('end', chunks, bytes));
r.on('close', () => {
  console.log('close');
  const w = fs.createWriteStream(`${dir}/out.txt`);
  let falses = 0;
  for (let i = 0; i < 10; i++) if (!w.write('x'.repeat(5000))) falses++;
  console.log('write false count', falses, w.writableLength);
  w.on('drain', () => console.log('drain'));
  w.end('end\n', () => {
    console.log('finished', fs.statSync(`${dir}/out.txt`).size, w.bytesWritten);
    const r2 = fs.createReadStream(`${dir}/in.csv`, { start: 3, end: 10, encoding: 'utf8' });
    r2.on('data', (s) => console.log('range', JSON.stringify(s)));
    r2.on('close', () => {
      fs.createReadStream(`${dir}/missing`).on('error', (e) => {
        console.log('error', e.code, e.syscall);
        const a = fs.createReadStream(`${dir}/in.csv`);
        const b = fs.createWriteStream(`${dir}/copy.csv`);
        a.pipe(b).on('finish', () => {
          console.log('piped', fs.readFileSync(`${dir}/copy.csv`).equals(fs.readFileSync(`${dir}/in.csv`)));
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
