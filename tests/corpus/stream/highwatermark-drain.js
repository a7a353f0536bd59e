// Checks write() return value exactly at highWaterMark, writableLength, writableNeedDrain and 'drain' timing.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const pending = [];
const w = new Writable({
  highWaterMark: 6,
  write(chunk, enc, cb) { log('_write', String(chunk)); pending.push(cb); },
});
log('hwm', w.writableHighWaterMark, 'needDrain', w.writableNeedDrain);
log('write 5 bytes ->', w.write('12345'), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
log('write 0 bytes ->', w.write(''), 'len', w.writableLength);
log('write 1 byte ->', w.write('6'), 'len', w.writableLength, 'needDrain', w.writableNeedDrain);
log('write 1 more ->', w.write('7'), 'len', w.writableLength);
w.on('drain', () => log('drain, len', w.writableLength, 'needDrain', w.writableNeedDrain));
function flushOne(tag) {
  const cb = pending.shift();
  log(tag, 'completing one, pending', pending.length);
  cb();
  log(tag, 'after cb len', w.writableLength);
}
setImmediate(() => {
  flushOne('i1');
  process.nextTick(() => log('tick after i1'));
  setImmediate(() => {
    flushOne('i2');
    setImmediate(() => {
      flushOne('i3');
      process.nextTick(() => log('tick after i3'));
      setImmediate(() => {
        flushOne('i4');
        process.nextTick(() => log('tick after i4'));
        setImmediate(() => {
          log('--- hwm 0');
          const z = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
          log('hwm0 write ->', z.write('a'), z.writableLength, z.writableNeedDrain);
          z.on('drain', () => log('hwm0 drain'));
          const s = new Writable({ highWaterMark: 3, write(c, e, cb) { cb(); } });
          log('sync-cb write 4 bytes ->', s.write('abcd'), s.writableLength);
          s.on('drain', () => log('sync-cb drain'));
          const b = new Writable({ highWaterMark: 4, decodeStrings: true, write(c, e, cb) { setImmediate(cb); } });
          log('utf8 multibyte é x2 ->', b.write('éé'), b.writableLength);
          const h = new Writable({ write(c, e, cb) { cb(); } });
          log('default hwm', h.writableHighWaterMark, 'objectMode default', new Writable({ objectMode: true }).writableHighWaterMark);
        });
      });
    });
  });
});
