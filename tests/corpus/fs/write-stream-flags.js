// Checks fs.createWriteStream flags: 'a' appends, 'wx' fails with EEXIST (event order), 'r+' with start overwrites in place, 'w' truncates, and pending/bytesWritten/path.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-write-stream-flags';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
const file = `${dir}/out.txt`;
fs.writeFileSync(file, '0123456789');

const steps = [
  ['a', { flags: 'a' }, ['AB', 'CD']],
  ['wx existing', { flags: 'wx' }, ['nope']],
  ['wx new', { flags: 'wx' }, ['fresh'], `${dir}/new.txt`],
  ['r+ start 3', { flags: 'r+', start: 3 }, ['xyz']],
  ['a again', { flags: 'a', encoding: 'hex' }, ['2122']],
  ['r+ missing', { flags: 'r+' }, ['q'], `${dir}/missing.txt`],
  ['w truncates', {}, ['w']],
];

function run(i) {
  if (i === steps.length) {
    console.log('final files', fs.readdirSync(dir).sort().join(','));
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
    return;
  }
  const [name, opts, chunks, target = file] = steps[i];
  const w = fs.createWriteStream(target, opts);
  const events = [];
  console.log(name, 'pending', w.pending, 'path', r(w.path), 'flags', w.flags, 'bytesWritten', w.bytesWritten);
  w.on('open', () => events.push('open'));
  w.on('ready', () => events.push('ready'));
  w.on('error', (e) => { events.push(`error:${e.code}:${e.syscall}`); console.log('  message', r(e.message)); });
  w.on('finish', () => events.push('finish'));
  w.on('close', () => {
    events.push('close');
    console.log('  events', events.join(' '));
    console.log('  bytesWritten', w.bytesWritten, 'destroyed', w.destroyed, 'writableFinished', w.writableFinished);
    console.log('  content', fs.existsSync(target) ? JSON.stringify(fs.readFileSync(target, 'utf8')) : '(none)');
    run(i + 1);
  });
  for (const c of chunks) w.write(c);
  w.end();
}
run(0);
