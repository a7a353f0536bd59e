// Checks cork()/uncork() batching into _writev, writableCorked counts, and nested cork behaviour.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { log('_write', JSON.stringify(String(chunk)), enc); cb(); },
  writev(chunks, cb) {
    log('_writev', chunks.length, JSON.stringify(chunks.map((c) => [String(c.chunk), c.encoding])));
    cb();
  },
});

log('corked', w.writableCorked);
w.write('first');
w.cork();
log('corked', w.writableCorked);
w.write('a', () => log('cb a'));
w.write('b', 'latin1', () => log('cb b'));
w.write(Buffer.from('c'), () => log('cb c'));
log('length while corked', w.writableLength);
w.cork();
log('corked nested', w.writableCorked);
w.uncork();
log('after one uncork', w.writableCorked, 'length', w.writableLength);
w.uncork();
log('after second uncork', w.writableCorked, 'length', w.writableLength);
process.nextTick(() => {
  log('tick: length', w.writableLength);
  w.cork();
  w.write('p');
  w.write('q');
  process.nextTick(() => { log('uncork in tick'); w.uncork(); });
  setImmediate(() => {
    log('--- end while corked flushes');
    w.cork();
    w.write('r');
    w.write('s');
    w.end('t', () => log('end cb'));
    log('corked after end', w.writableCorked);
  });
});
w.on('finish', () => log('finish'));

const plain = new Writable({ write(chunk, enc, cb) { log('plain _write', String(chunk)); cb(); } });
plain.cork();
plain.write('1');
plain.write('2');
plain.uncork();
log('plain uncork done (writes run sync?)');
