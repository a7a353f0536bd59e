// Checks ERR_STREAM_* and related error codes, names and messages from Readable/Writable misuse.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const d = (e) => `${e.code} | ${e.name} | ${e.message}`;
const steps = [];
const step = (fn) => steps.push(fn);

step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => { log('write after end (event):', d(e)); });
  w.end('a');
  const r = w.write('b', (err) => { log('write after end (cb):', d(err)); });
  log('write after end returns', r);
  setImmediate(next);
});
step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('end after end (event, unexpected):', d(e)));
  w.end();
  w.end((err) => { log('second end cb:', err ? d(err) : err); setImmediate(next); });
});
step((next) => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => { log('push after EOF:', d(e)); setImmediate(next); });
  r.push(null);
  r.push('late');
});
step((next) => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => { log('unshift after end event:', d(e)); setImmediate(next); });
  r.on('end', () => { r.unshift('x'); });
  r.push(null);
  r.resume();
});
step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  try { w.write(null); } catch (e) { log('write(null) throws:', d(e)); }
  const ow = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  try { ow.write(null); } catch (e) { log('objectMode write(null) throws:', d(e)); }
  try { w.write(123); } catch (e) { log('write(number):', d(e)); }
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('push(number) error event:', d(e)));
  r.push(5);
  setImmediate(next);
});
step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => { log('multiple callback:', d(e)); setImmediate(next); });
  w.write('x');
});
step((next) => {
  const w = new Writable();
  w.on('error', (e) => log('missing _write (event):', d(e)));
  try { w.write('x', (err) => log('missing _write (cb):', err && d(err))); } catch (e) { log('missing _write (throw):', d(e)); }
  setImmediate(next);
});
step((next) => {
  const r = new Readable();
  r.on('error', (e) => { log('missing _read:', d(e), 'destroyed', r.destroyed); setImmediate(next); });
  r.read();
});
step((next) => {
  const dup = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  dup.on('error', (e) => { log('duplex write after end:', d(e)); });
  dup.end();
  dup.write('z', (err) => { log('duplex cb', err.code); setImmediate(next); });
});
step((next) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  try { w.write('x', 'no-such-enc'); } catch (e) { log('bad encoding:', d(e)); }
  try { new Readable({ highWaterMark: -1 }); } catch (e) { log('bad hwm:', d(e)); }
  try { new Readable({ highWaterMark: 'big' }); } catch (e) { log('string hwm:', d(e)); }
  log('non-function callback ignored, write returns', w.write('x', 'utf8', 'not a fn'));
  next();
});
step((next) => {
  const w = new Writable({ final(cb) { cb(new Error('final failed')); }, write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('final error:', e.message, 'errored', w.errored === e));
  w.on('finish', () => log('finish (unexpected)'));
  w.end((err) => { log('end cb with final error:', err && err.message); setImmediate(next); });
});
step(() => {
  const r = new Readable({ read() {} });
  r.destroy();
  const res = r.push('after destroy');
  log('push after destroy returns', res, 'len', r.readableLength);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('error', (e) => log('end after destroy error:', d(e)));
  log('end after destroy returns self', w.end((err) => log('end after destroy cb:', err && d(err))) === w);
  setImmediate(() => log('all done'));
});
const run = (i) => steps[i] && steps[i](() => run(i + 1));
run(0);
