// Checks stream.finished() and stream/promises finished() with success, errors, premature close and cleanup functions.
const { Readable, Writable, Duplex, finished } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
const desc = (e) => (e ? `${e.code} ${e.name} ${e.message}` : String(e));

function t1(next) {
  const r = new Readable({ read() {} });
  finished(r, (err) => { log('t1 readable ended normally, err =', desc(err)); next(); });
  r.resume();
  r.push('x');
  r.push(null);
}
function t2(next) {
  const r = new Readable({ read() {} });
  finished(r, (err) => { log('t2 readable destroyed early:', desc(err)); next(); });
  r.push('x');
  r.destroy();
}
function t3(next) {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => { log('t3 writable destroyed before finish:', desc(err)); next(); });
  w.write('a');
  w.destroy();
}
function t4(next) {
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', () => log('t4 error listener also ran'));
  finished(w, (err) => { log('t4 write error:', desc(err)); next(); });
  w.write('a');
}
function t5(next) {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => { log('t5 duplex writable side only:', desc(err), 'readableEnded', d.readableEnded); d.destroy(); next(); });
  d.end('done');
}
function t6(next) {
  const r = new Readable({ read() {} });
  const cleanup = finished(r, () => log('t6 callback (unexpected)'));
  log('t6 cleanup is function', typeof cleanup);
  cleanup();
  r.destroy();
  setImmediate(() => { log('t6 no callback after cleanup'); next(); });
}
function t7(next) {
  const r = new Readable({ read() {} });
  r.destroy();
  setImmediate(() => {
    finished(r, (err) => { log('t7 already destroyed before finished():', desc(err)); next(); });
  });
}
async function t8() {
  const r = new Readable({ read() {} });
  r.resume();
  setImmediate(() => { r.push('z'); r.push(null); });
  log('t8 promises finished resolves to', await sp.finished(r));
  const r2 = new Readable({ read() {} });
  setImmediate(() => r2.destroy(new Error('async boom')));
  try { await sp.finished(r2); } catch (e) { log('t8 promises finished rejects:', desc(e)); }
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  setImmediate(() => w.destroy());
  w.write('q');
  try { await sp.finished(w); } catch (e) { log('t8 premature writable:', desc(e)); }
  const ended = new Readable({ read() {} });
  ended.push(null);
  ended.resume();
  await new Promise((res) => ended.on('end', res));
  log('t8 after end event, readableEnded', ended.readableEnded);
  log('t8 finished on ended stream', await sp.finished(ended));
  try {
    finished({}, () => {});
  } catch (e) { log('t9 not a stream:', desc(e)); }
}
const steps = [t1, t2, t3, t4, t5, t6, t7];
const go = (i) => (i < steps.length ? steps[i](() => go(i + 1)) : t8().then(() => log('all done')));
go(0);
