// Checks Writable write()/end() callbacks, 'finish'/'close' order against nextTick, microtask and setImmediate markers.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);

function phase1(next) {
  log('--- sync write callbacks');
  const w = new Writable({
    write(chunk, enc, cb) { log('_write', String(chunk), enc); cb(); },
  });
  w.on('finish', () => log('finish event'));
  w.on('close', () => log('close event'));
  w.on('prefinish', () => log('prefinish event'));
  log('write a ->', w.write('a', () => log('cb a')));
  log('write b ->', w.write('b', () => log('cb b')));
  process.nextTick(() => log('tick after writes'));
  queueMicrotask(() => log('microtask after writes'));
  w.end('c', () => log('end cb'));
  log('after end: writableEnded', w.writableEnded, 'writableFinished', w.writableFinished);
  process.nextTick(() => log('tick after end'));
  queueMicrotask(() => log('microtask after end'));
  setImmediate(() => {
    log('immediate: finished', w.writableFinished, 'closed', w.closed, 'destroyed', w.destroyed);
    next();
  });
}

function phase2(next) {
  log('--- async write callbacks');
  const w = new Writable({
    write(chunk, enc, cb) { log('_write', String(chunk)); setImmediate(() => { log('complete', String(chunk)); cb(); }); },
  });
  w.on('finish', () => log('finish event'));
  w.on('close', () => log('close event'));
  w.write('x', () => log('cb x'));
  w.write('y', () => log('cb y'));
  w.end(() => log('end cb'));
  log('writableLength', w.writableLength);
  setImmediate(() => log('immediate 1, length', w.writableLength));
  w.once('close', () => setImmediate(next));
}

function phase3() {
  log('--- emitClose false, autoDestroy false');
  const w = new Writable({ emitClose: false, autoDestroy: false, write(c, e, cb) { cb(); } });
  w.on('finish', () => log('finish', w.destroyed));
  w.on('close', () => log('close (unexpected)'));
  w.end('z', () => log('end cb'));
  setImmediate(() => {
    log('destroyed', w.destroyed, 'closed', w.closed);
    w.destroy();
    log('after destroy', w.destroyed);
    setImmediate(() => log('done, closed', w.closed));
  });
}

phase1(() => phase2(phase3));
