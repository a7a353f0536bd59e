// Checks destroy(err) on Readable, Writable, Duplex and Transform: 'error'/'close' order and errored/destroyed/closed properties.
const { Readable, Writable, Duplex, Transform } = require('stream');
const log = (...a) => console.log(...a);
const props = (s) => `destroyed=${s.destroyed} closed=${s.closed} errored=${s.errored ? s.errored.message : s.errored}`;

function watch(name, s) {
  s.on('error', (e) => log(name, 'error event', e.message, props(s)));
  s.on('close', () => log(name, 'close event', props(s)));
  s.on('end', () => log(name, 'end (unexpected)'));
  s.on('finish', () => log(name, 'finish (unexpected)'));
}

const kinds = [
  ['readable', () => new Readable({ read() {} })],
  ['writable', () => new Writable({ write(c, e, cb) { cb(); } })],
  ['duplex', () => new Duplex({ read() {}, write(c, e, cb) { cb(); } })],
  ['transform', () => new Transform({ transform(c, e, cb) { cb(null, c); } })],
];

function run(i) {
  if (i >= kinds.length) return extras();
  const [name, make] = kinds[i];
  const s = make();
  watch(name, s);
  const ret = s.destroy(new Error(name + ' boom'));
  log(name, 'destroy returns self', ret === s, props(s));
  process.nextTick(() => log(name, 'tick 1'));
  queueMicrotask(() => log(name, 'microtask'));
  setImmediate(() => run(i + 1));
}

function extras() {
  log('--- destroy without error');
  const a = new Readable({ read() {} });
  watch('plain', a);
  a.destroy();
  log('plain', props(a));
  setImmediate(() => {
    log('--- second destroy error ignored');
    const b = new Writable({ write(c, e, cb) { cb(); } });
    watch('twice', b);
    b.destroy(new Error('first'));
    b.destroy(new Error('second'));
    setImmediate(() => {
      log('--- custom _destroy async, replaces error');
      const c = new Readable({
        read() {},
        destroy(err, cb) {
          log('_destroy called with', err && err.message);
          setImmediate(() => { log('_destroy done'); cb(new Error('replaced')); });
        },
      });
      watch('custom', c);
      c.destroy(new Error('orig'));
      log('custom sync', props(c));
      setImmediate(() => {
        setImmediate(() => {
          log('--- write after destroy');
          const d = new Writable({ write(c2, e, cb) { cb(); } });
          d.on('error', (e) => log('wad error event', e.code, e.message));
          d.on('close', () => log('wad close'));
          d.destroy();
          log('write returns', d.write('x', (err) => log('wad write cb', err && err.code, err && err.message)));
          log('--- emitClose false');
          const e = new Readable({ emitClose: false, read() {} });
          e.on('close', () => log('noclose close (unexpected)'));
          e.on('error', (er) => log('noclose error', er.message));
          e.destroy(new Error('quiet'));
          setImmediate(() => log('noclose', props(e)));
        });
      });
    });
  });
}
run(0);
