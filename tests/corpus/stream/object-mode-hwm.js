// Checks objectMode highWaterMark defaults (16 objects) and readableObjectMode vs writableObjectMode on Duplex/Transform.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ objectMode: true, read() {} });
log('readable objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
let n = 0;
let ok = true;
while (ok && n < 40) ok = r.push({ n: n++ });
log('push returned false after', n, 'objects, readableLength', r.readableLength);
log('push of 0, false, empty string keep objects:', r.push(0), r.push(false), r.push(''), r.readableLength);

const w = new Writable({ objectMode: true, write(o, e, cb) { setImmediate(cb); } });
const results = [];
for (let i = 0; i < 17; i++) results.push(w.write({ i }));
log('writable hwm', w.writableHighWaterMark, 'first false at index', results.indexOf(false), 'len', w.writableLength);

const d = new Duplex({
  readableObjectMode: true,
  read() {},
  write(chunk, enc, cb) { log('duplex _write got', typeof chunk, Buffer.isBuffer(chunk), String(chunk)); cb(); },
});
log('duplex readableObjectMode', d.readableObjectMode, 'writableObjectMode', d.writableObjectMode);
log('duplex hwm readable', d.readableHighWaterMark, 'writable', d.writableHighWaterMark);
d.write('str');
d.push({ k: 'v' });
d.push(42);
log('duplex readableLength', d.readableLength, 'read', JSON.stringify(d.read()), d.read());

const t = new Transform({
  writableObjectMode: true,
  transform(obj, enc, cb) { cb(null, JSON.stringify(obj) + ';'); },
});
log('transform readableObjectMode', t.readableObjectMode, 'writableObjectMode', t.writableObjectMode);
log('transform hwm readable', t.readableHighWaterMark, 'writable', t.writableHighWaterMark);
t.write({ a: 1 });
t.write([1, 2]);
t.write(7);
t.end();
const parts = [];
t.on('data', (c) => parts.push(Buffer.isBuffer(c) ? 'buf:' + c : 'other:' + c));
t.on('end', () => {
  log('transform output', parts.join(' | '));
  const p = new PassThrough({ objectMode: true, highWaterMark: 2 });
  log('pt hwm', p.readableHighWaterMark, p.writableHighWaterMark);
  log('pt writes', p.write(1), p.write(2), p.write(3), p.writableLength, p.readableLength);
  const custom = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
  log('hwm 0 push', custom.push('x'), custom.readableLength);
  const d2 = new Duplex({ objectMode: true, readableObjectMode: false, read() {}, write(c, e, cb) { cb(); } });
  log('objectMode overrides?', d2.readableObjectMode, d2.writableObjectMode);
  try { new Writable({ write(c, e, cb) { cb(); } }).write({}); } catch (e) { log('non-object write:', e.code, e.name, e.message); }
});
