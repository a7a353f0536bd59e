// Checks fs.WriteStream write()/end() callback order relative to 'finish' and 'close', plus writableLength, writableEnded, writableFinished and bytesWritten at each step.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-write-stream-callback-order';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = `${dir}/out.txt`;
const w = fs.createWriteStream(file, { highWaterMark: 8 });
const state = (tag) => console.log(tag, 'len', w.writableLength, 'ended', w.writableEnded, 'finished', w.writableFinished, 'bytes', w.bytesWritten, 'needDrain', w.writableNeedDrain);
w.on('open', () => state('open'));
w.on('ready', () => console.log('ready'));
w.on('drain', () => state('drain'));
w.on('finish', () => state('finish'));
w.on('close', () => {
  state('close');
  console.log('content', JSON.stringify(fs.readFileSync(file, 'utf8')));
  // second stream: end() with data and a callback, and write after end
  const w2 = fs.createWriteStream(`${dir}/two.txt`);
  w2.on('error', (e) => console.log('w2 error event', e.code));
  w2.on('finish', () => console.log('w2 finish'));
  w2.on('close', () => {
    console.log('w2 close', w2.bytesWritten, JSON.stringify(fs.readFileSync(`${dir}/two.txt`, 'utf8')));
    fs.rmSync(dir, { recursive: true });
    console.log('cleaned', fs.existsSync(dir));
  });
  w2.end('last', (err) => console.log('w2 end cb', err === undefined ? 'undefined' : err && err.code));
  w2.write('late', (err) => console.log('w2 late write cb', err && err.code, err && err.message));
  console.log('w2 sync done', w2.writableEnded, w2.writableFinished);
});
console.log('write a ->', w.write('aaaa', (err) => state(`cb a err=${err}`)));
console.log('write b ->', w.write('bbbbbb', (err) => state(`cb b err=${err}`)));
console.log('write c ->', w.write('cc', (err) => state(`cb c err=${err}`)));
state('after writes');
w.end('dd', (err) => state(`end cb err=${err}`));
state('after end');
process.nextTick(() => state('tick'));
Promise.resolve().then(() => state('microtask'));
