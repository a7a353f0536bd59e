// Checks paused-mode Readable: 'readable' events, read(n) sizes, read(0), read() past hwm, unshift and readableLength.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
let calls = 0;
const src = ['abc', 'defgh', 'ij', 'klmnopq'];
const r = new Readable({
  highWaterMark: 4,
  read(size) {
    calls++;
    const next = src.shift();
    log('_read #' + calls, 'size', size, '->', next === undefined ? 'EOF' : next);
    this.push(next === undefined ? null : next);
  },
});
log('initial flowing', r.readableFlowing, 'length', r.readableLength);
let round = 0;
r.on('readable', () => {
  round++;
  log('readable #' + round, 'length', r.readableLength, 'ended', r.readableEnded);
  if (round === 1) {
    const a = r.read(2);
    log(' read(2)', a && String(a), 'len', r.readableLength);
    const b = r.read(10);
    log(' read(10)', b && String(b), 'len', r.readableLength);
    const z = r.read(0);
    log(' read(0)', z, 'len', r.readableLength);
  } else if (round === 2) {
    const c = r.read(3);
    log(' read(3)', c && String(c), 'len', r.readableLength);
    r.unshift(Buffer.from('XY'));
    log(' after unshift len', r.readableLength);
    const d = r.read(4);
    log(' read(4)', d && String(d), 'len', r.readableLength);
  } else {
    let chunk;
    while ((chunk = r.read()) !== null) log(' read()', String(chunk), 'len', r.readableLength);
    log(' loop done len', r.readableLength);
  }
});
r.on('end', () => log('end, calls', calls, 'readableEnded', r.readableEnded));
r.on('close', () => {
  log('close');
  const big = new Readable({ highWaterMark: 2, read() {} });
  big.push('abcdef');
  log('big: read(5) with 6 buffered ->', String(big.read(5)), 'hwm now', big.readableHighWaterMark);
  big.push('0123456789');
  log('big: read(8) ->', String(big.read(8)), 'hwm now', big.readableHighWaterMark);
  log('big: read(1) ->', String(big.read(1)), 'len', big.readableLength);
  big.push(null);
  log('big: read(100) after EOF ->', String(big.read(100)), 'len', big.readableLength);
  log('big: read() after drained ->', big.read());
});
process.nextTick(() => log('tick 1'));
setImmediate(() => log('immediate 1'));
