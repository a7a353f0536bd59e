// Checks fs.createReadStream start/end/highWaterMark/encoding: chunk count and sizes, open/ready/data/end/close order, bytesRead, path and pending.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-read-stream-options';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
const file = `${dir}/data.txt`;
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz'.repeat(40)); // 1040 bytes
fs.writeFileSync(`${dir}/utf8.txt`, 'h\u00e9llo w\u00f6rld \u20ac\u20ac'); // multi-byte characters split across chunks

const cases = [
  { highWaterMark: 100 },
  { start: 10, end: 19 },
  { start: 1000, highWaterMark: 16, encoding: 'utf8' },
  { start: 5, end: 5, encoding: 'hex' },
  { start: 2000 },
  { highWaterMark: 1040, encoding: 'base64', end: 8 },
  { highWaterMark: 3, encoding: 'utf8', utf8: true },
];

function run(i) {
  if (i === cases.length) {
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
    return;
  }
  const opts = cases[i];
  const s = fs.createReadStream(opts.utf8 ? `${dir}/utf8.txt` : file, opts);
  const events = [];
  const sizes = [];
  console.log(`case ${i}`, JSON.stringify(opts), 'pending', s.pending, 'path', r(s.path), 'bytesRead', s.bytesRead, 'hwm', s.readableHighWaterMark);
  s.on('open', (fd) => events.push(`open:${typeof fd}:${s.pending}`));
  s.on('ready', () => events.push('ready'));
  s.on('data', (c) => { sizes.push(typeof c === 'string' ? `s${c.length}` : `b${c.length}`); if (sizes.length === 1) events.push(`data:${JSON.stringify(String(c).slice(0, 12))}`); });
  s.on('end', () => events.push(`end:${s.bytesRead}`));
  s.on('close', () => {
    events.push(`close:${s.destroyed}:${s.closed}`);
    console.log('  events', events.join(' '));
    console.log('  chunks', sizes.length, sizes.join(','));
    console.log('  bytesRead', s.bytesRead, 'start', s.start, 'end', s.end);
    run(i + 1);
  });
}
run(0);
