// Checks the node structure of zlib streams: crc32 values and argument checks, export names and
// order, convenience functions as streams (chunk counts for a big input, chunkSize slices of a
// shared output buffer), bytesWritten, backpressure through pipe(), flush() after end, close(cb),
// reset(), params() on gzip (a no-op after the flush), _closed and maxOutputLength errors.
const zlib = require('zlib');
const { Writable, Readable, pipeline } = require('stream');
console.log('crc32', zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(Buffer.alloc(0)), zlib.crc32(new Uint8Array([1, 2, 3])));
for (const bad of [[1], ['x', -1], ['x', 1.5], ['x', 'y']]) {
  try { zlib.crc32(...bad); } catch (e) { console.log('crc32 bad', e.code, e.message); }
}
console.log('names', zlib.deflate.name, zlib.deflateSync.name, zlib.createGzip.length, zlib.Gzip.name);
console.log('keys', Object.keys(zlib).filter((k) => !k.toLowerCase().includes('brotli')).join(','));
let text = '';
for (let i = 0; i < 20000; i++) text += `line ${i} ${(i * 7919) % 1000}\n`;
const big = Buffer.from(text);
const gz = zlib.gzipSync(big, { level: 1 });
console.log('big', big.length, 'gzip', gz.length, zlib.crc32(gz));
const steps = [
  (next) => {
    const g = zlib.createGunzip({ chunkSize: 4096 });
    const sizes = [];
    let shared = 0;
    let last = null;
    g.on('data', (c) => { sizes.push(c.length); if (last && c.buffer === last.buffer) shared++; last = c; });
    g.on('end', () => {
      console.log('gunzip chunks', sizes.length, 'first', sizes.slice(0, 3).join(','), 'shared buffers', shared, 'bytesWritten', g.bytesWritten);
      next();
    });
    g.end(gz);
  },
  (next) => {
    let got = 0;
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk, enc, cb) { got += chunk.length; writes++; setImmediate(cb); },
    });
    const src = Readable.from([big.subarray(0, 100000), big.subarray(100000)]);
    pipeline(src, zlib.createDeflate(), zlib.createInflate({ chunkSize: 1024 }), slow, (err) => {
      console.log('pipeline', err, got === big.length, writes);
      next();
    });
  },
  (next) => {
    const d = zlib.createDeflateRaw();
    d.on('data', () => {});
    d.end('abc', () => {
      d.flush(() => {
        console.log('flush after end', d.writableFinished, d._closed);
        d.close(() => { console.log('closed', d._closed, d.destroyed); next(); });
      });
    });
  },
  (next) => {
    const d = zlib.createDeflate();
    const out = [];
    d.on('data', (c) => out.push(c));
    d.write('first');
    d.flush(() => {
      d.reset();
      d.end('second');
    });
    d.on('end', () => {
      const all = Buffer.concat(out);
      console.log('reset output', all.toString('hex'));
      next();
    });
  },
  (next) => {
    const g = zlib.createGzip({ level: 1 });
    const out = [];
    g.on('data', (c) => out.push(c));
    g.write('aaaaaaaaaaaaaaaaaaaa');
    g.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
      g.end('bbbbbbbbbbbbbbbbbbbb');
    });
    g.on('end', () => {
      const all = Buffer.concat(out);
      console.log('gzip params', all.toString('hex'), zlib.gunzipSync(all).toString());
      next();
    });
  },
  (next) => {
    try { zlib.inflateSync(zlib.deflateSync(big), { maxOutputLength: 1000 }); } catch (e) { console.log('sync max', e.name, e.code, e.message); }
    zlib.gunzip(gz, { maxOutputLength: 50000 }, (err, res) => {
      console.log('async max', err.name, err.code, err.message, res);
      next();
    });
  },
  (next) => {
    const order = [];
    zlib.deflate('x', () => order.push('deflate cb'));
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('micro'));
    setTimeout(() => { order.push('timeout 20'); console.log('order', order.join(' > ')); next(); }, 20);
  },
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
