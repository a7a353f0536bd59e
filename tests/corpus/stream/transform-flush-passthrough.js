// Checks Transform pushing several chunks per write, callback(null, data), _flush output ordering and PassThrough semantics.
const { Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

let transforms = 0;
const t = new Transform({
  transform(chunk, enc, cb) {
    transforms++;
    const s = String(chunk);
    log('_transform', JSON.stringify(s), enc);
    for (const ch of s) this.push(ch.toUpperCase());
    if (s === 'skip') return cb();
    cb(null, '|');
  },
  flush(cb) {
    log('_flush, transforms so far', transforms, 'writableFinished', this.writableFinished);
    this.push('[tail1]');
    setImmediate(() => { log('flush async done'); cb(null, '[tail2]'); });
  },
});
const out = [];
t.on('data', (c) => out.push(String(c)));
t.on('prefinish', () => log('event prefinish'));
t.on('finish', () => log('event finish'));
t.on('end', () => log('event end; output', JSON.stringify(out.join(''))));
t.on('close', () => { log('event close'); part2(); });
t.write('ab', () => log('write cb ab'));
t.write('skip', () => log('write cb skip'));
t.end('c', () => log('end cb'));
log('sync: transforms', transforms, 'readableLength', t.readableLength);

function part2() {
  log('--- PassThrough');
  const p = new PassThrough();
  log('instanceof Transform', p instanceof Transform);
  p.write('one');
  p.write(Buffer.from('two'));
  log('readableLength', p.readableLength, 'writableLength', p.writableLength);
  log('read()', String(p.read()));
  p.end('three');
  p.on('finish', () => log('pt finish'));
  p.on('end', () => { log('pt end'); part3(); });
  p.on('data', (c) => log('pt data', String(c)));
}

function part3() {
  log('--- Transform without _transform');
  const bare = new Transform();
  bare.on('error', (e) => log('error event:', e.code, e.name, e.message));
  try {
    bare.write('x', (err) => log('write cb err', err && err.code));
  } catch (e) {
    log('sync throw:', e.code, e.name, e.message);
  }
  log('bare writableLength', bare.writableLength, 'destroyed', bare.destroyed);
  setImmediate(part4);
}

function part4() {
  log('--- transform callback with error');
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk ' + c)); } });
  bad.on('error', (e) => log('error event', e.message, 'destroyed', bad.destroyed));
  bad.on('close', () => log('close after error, errored is', bad.errored && bad.errored.message));
  bad.write('q', (err) => log('write cb', err && err.message));
  const dbl = new Transform({ transform(c, e, cb) { cb(null, c); cb(null, c); } });
  dbl.on('error', (e) => log('double cb:', e.code, e.name, e.message));
  dbl.resume();
  dbl.write('z');
}
