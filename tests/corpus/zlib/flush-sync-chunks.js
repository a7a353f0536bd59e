// Checks stream flush behaviour: flush() emits a Z_SYNC_FLUSH-terminated chunk (00 00 ff ff) per call, Z_FULL_FLUSH/Z_PARTIAL_FLUSH/Z_BLOCK bytes, flush callbacks, params() mid-stream, and that the pieces inflate back.
const zlib = require('zlib');
const c = zlib.constants;
const hex = (b) => b.toString('hex');
function session(label, make, actions, done) {
  const z = make();
  const chunks = [];
  z.on('data', (d) => chunks.push(d));
  const step = (i) => {
    if (i === actions.length) {
      z.end(() => {});
      z.on('end', () => {
        console.log(label, 'total chunks', chunks.length);
        done(Buffer.concat(chunks));
      });
      return;
    }
    const [kind, arg] = actions[i];
    if (kind === 'write') { z.write(arg); step(i + 1); return; }
    const before = chunks.length;
    const cb = () => {
      const got = Buffer.concat(chunks.slice(before));
      console.log(label, kind, arg === undefined ? 'default' : arg, 'new chunks', chunks.length - before, hex(got));
      step(i + 1);
    };
    if (kind === 'flush') { if (arg === undefined) z.flush(cb); else z.flush(arg, cb); }
    if (kind === 'params') z.params(arg, c.Z_DEFAULT_STRATEGY, cb);
  };
  step(0);
}
const steps = [
  (next) => session('raw', () => zlib.createDeflateRaw(), [['write', 'hello'], ['flush'], ['write', ' world'], ['flush'], ['flush']], (all) => {
    console.log('raw inflate', JSON.stringify(zlib.inflateRawSync(all).toString()), 'ends', hex(all.subarray(-2)));
    next();
  }),
  (next) => session('deflate', () => zlib.createDeflate(), [['write', 'abc'], ['flush', c.Z_FULL_FLUSH], ['write', 'abc'], ['flush', c.Z_SYNC_FLUSH]], (all) => {
    console.log('deflate all', hex(all), JSON.stringify(zlib.inflateSync(all).toString()));
    next();
  }),
  (next) => session('partial', () => zlib.createDeflateRaw(), [['write', 'partial flush data'], ['flush', c.Z_PARTIAL_FLUSH], ['write', 'block'], ['flush', c.Z_BLOCK]], (all) => {
    console.log('partial inflate', JSON.stringify(zlib.inflateRawSync(all).toString()));
    next();
  }),
  (next) => session('gzip', () => zlib.createGzip(), [['write', 'gz'], ['flush']], (all) => {
    console.log('gzip all', hex(all), zlib.gunzipSync(all).toString());
    next();
  }),
  (next) => session('params', () => zlib.createDeflateRaw({ level: 1 }), [['write', 'aaaaaaaaaa'], ['params', 9], ['write', 'bbbbbbbbbb'], ['params', 0], ['write', 'cc']], (all) => {
    console.log('params inflate', zlib.inflateRawSync(all).toString());
    next();
  }),
  (next) => {
    const sync = zlib.deflateRawSync('abc', { finishFlush: c.Z_SYNC_FLUSH });
    console.log('sync finishFlush Z_SYNC_FLUSH', hex(sync));
    console.log('sync finishFlush Z_FULL_FLUSH', hex(zlib.deflateRawSync('abc', { finishFlush: c.Z_FULL_FLUSH })));
    console.log('inflate of unfinished', zlib.inflateRawSync(sync, { finishFlush: c.Z_SYNC_FLUSH }).toString());
    const inf = zlib.createInflateRaw();
    const out = [];
    inf.on('data', (d) => out.push(d.toString()));
    inf.write(sync);
    inf.flush(() => {
      console.log('inflate stream flush output', JSON.stringify(out.join('')));
      next();
    });
  },
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
