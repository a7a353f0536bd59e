// Checks createReadStream failures: missing file (ENOENT on open), a directory (EISDIR on read), event order, destroyed/closed flags, and emitClose/autoClose options.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-read-stream-errors';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
fs.mkdirSync(`${dir}/sub`);

const cases = [
  ['missing', `${dir}/missing.txt`, {}],
  ['missing emitClose:false', `${dir}/missing.txt`, { emitClose: false }],
  ['directory', `${dir}/sub`, {}],
  ['missing parent', `${dir}/nope/x.txt`, { encoding: 'utf8' }],
];

function run(i) {
  if (i === cases.length) {
    const bad = (tag, ...args) => {
      try { const s = fs.createReadStream(...args); s.on('error', () => {}); s.destroy(); console.log(tag, 'no error'); } catch (e) { console.log(tag, e.code, e.message); }
    };
    bad('start -1:', `${dir}/x`, { start: -1 });
    bad('start>end:', `${dir}/x`, { start: 5, end: 2 });
    bad('hwm string:', `${dir}/x`, { highWaterMark: 'big' });
    bad('path 42:', 42);
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
    return;
  }
  const [name, p, opts] = cases[i];
  const s = fs.createReadStream(p, opts);
  const events = [];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    console.log(name);
    console.log('  events', events.join(' '));
    console.log('  flags destroyed', s.destroyed, 'closed', s.closed, 'pending', s.pending, 'bytesRead', s.bytesRead, 'readable', s.readable);
    run(i + 1);
  };
  s.on('open', () => events.push('open'));
  s.on('ready', () => events.push('ready'));
  s.on('data', () => events.push('data'));
  s.on('end', () => events.push('end'));
  s.on('error', (e) => {
    events.push('error');
    console.log(`  [${name}] error`, e.code, e.errno, e.syscall, r(e.path), r(e.message));
    if (opts.emitClose === false) setTimeout(finish, 20);
  });
  s.on('close', () => { events.push('close'); finish(); });
}
run(0);
