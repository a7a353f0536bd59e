// Checks readableFlowing transitions (null/true/false) through on('data'), pause(), resume(), pipe/unpipe and 'readable' listeners.
const { Readable, Writable } = require('stream');
const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
log('1 initial', r.readableFlowing, r.isPaused());
r.on('pause', () => log('  event pause'));
r.on('resume', () => log('  event resume'));
const onData = (c) => log('  data', String(c));
r.on('data', onData);
log('2 after on(data)', r.readableFlowing, r.isPaused());
r.push('a');
log('3 pushed a synchronously (flowing not started yet)', r.readableLength);
process.nextTick(() => {
  log('4 tick: flowing', r.readableFlowing, 'len', r.readableLength);
  r.pause();
  log('5 after pause', r.readableFlowing, r.isPaused());
  r.push('b');
  log('6 pushed b while paused len', r.readableLength);
  r.removeListener('data', onData);
  log('7 removed data listener', r.readableFlowing);
  r.on('data', onData);
  log('8 re-added data listener while paused', r.readableFlowing, 'len', r.readableLength);
  setImmediate(() => {
    log('9 still buffered', r.readableLength);
    r.resume();
    log('10 after resume', r.readableFlowing);
    setImmediate(() => {
      log('11 len', r.readableLength);
      r.on('readable', () => log('  readable event len', r.readableLength));
      log('12 after on(readable)', r.readableFlowing);
      r.resume();
      log('13 resume with readable listener', r.readableFlowing);
      r.removeAllListeners('readable');
      log('14 removed readable', r.readableFlowing);
      setImmediate(() => {
        log('15 flowing after removal tick', r.readableFlowing);
        step2();
      });
    });
  });
});

function step2() {
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { log('  dst got', String(c)); cb(); } });
  src.pipe(dst);
  log('16 after pipe', src.readableFlowing);
  src.push('p1');
  setImmediate(() => {
    src.unpipe(dst);
    log('17 after unpipe', src.readableFlowing, src.isPaused());
    src.push('p2');
    setImmediate(() => {
      log('18 p2 buffered', src.readableLength);
      const r3 = new Readable({ read() {} });
      r3.resume();
      log('19 resume before data listener', r3.readableFlowing);
      r3.push('lost?');
      r3.push(null);
      r3.on('end', () => log('20 r3 end without data listener, len', r3.readableLength));
      const r4 = new Readable({ read() {} });
      r4.pause();
      log('21 pause on fresh stream', r4.readableFlowing, r4.isPaused());
      r4.on('data', () => log('  r4 data (unexpected)'));
      r4.push('q');
      setImmediate(() => log('22 r4 stays paused', r4.readableFlowing, r4.readableLength));
    });
  });
}
