// Checks chunkSize effects on 'data' event counts and sizes for streams and the default/minimum chunk sizes, and the { info: true } result shape (buffer + engine) for sync and callback APIs.
const zlib = require('zlib');
let input = '';
for (let i = 0; i < 3000; i++) input += (i * 2654435761 % 1000003).toString(36);
const packed = zlib.deflateSync(input);
console.log('input', input.length, 'packed', packed.length);
console.log('Z_DEFAULT_CHUNK', zlib.constants.Z_DEFAULT_CHUNK, 'Z_MIN_CHUNK', zlib.constants.Z_MIN_CHUNK, 'Z_MAX_CHUNK', zlib.constants.Z_MAX_CHUNK);
console.log('sync small chunkSize same bytes', zlib.inflateSync(packed, { chunkSize: 64 }).toString() === input);
console.log('deflate chunkSize 64 same bytes', zlib.deflateSync(input, { chunkSize: 64 }).equals(packed));
for (const bad of [63, 0, -1, 'x', 1.5, Infinity]) {
  try { zlib.inflateSync(packed, { chunkSize: bad }); console.log('chunkSize', bad, 'ok'); } catch (e) { console.log('chunkSize', bad, e.name, e.code, e.message); }
}
const info = zlib.deflateSync('hello', { info: true });
console.log('info keys', Object.keys(info).join(','), Buffer.isBuffer(info.buffer), info.buffer.toString('hex'));
console.log('engine', info.engine.constructor.name, info.engine.bytesWritten);
const ginfo = zlib.gunzipSync(zlib.gzipSync('abcdef'), { info: true });
console.log('gunzip info', ginfo.buffer.toString(), ginfo.engine.constructor.name, ginfo.engine.bytesWritten);
const rinfo = zlib.inflateRawSync(zlib.deflateRawSync(input), { info: true });
console.log('inflateRaw info', rinfo.buffer.length, rinfo.engine.constructor.name, rinfo.engine.bytesWritten);
const uinfo = zlib.unzipSync(packed, { info: true });
console.log('unzip info', uinfo.buffer.length, uinfo.engine.constructor.name, uinfo.engine.bytesWritten);
console.log('info false', Buffer.isBuffer(zlib.deflateSync('x', { info: false })));
function count(label, stream, data, next) {
  const sizes = [];
  stream.on('data', (d) => sizes.push(d.length));
  stream.on('end', () => {
    const total = sizes.reduce((a, b) => a + b, 0);
    const max = Math.max(...sizes);
    console.log(label, 'events', sizes.length, 'total', total, 'max', max, 'bytesWritten', stream.bytesWritten);
    next();
  });
  stream.end(data);
}
const steps = [
  (n) => count('inflate chunk 64', zlib.createInflate({ chunkSize: 64 }), packed, n),
  (n) => count('inflate chunk 1024', zlib.createInflate({ chunkSize: 1024 }), packed, n),
  (n) => count('inflate chunk 4096', zlib.createInflate({ chunkSize: 4096 }), packed, n),
  (n) => count('inflate default', zlib.createInflate(), packed, n),
  (n) => count('deflate chunk 64', zlib.createDeflate({ chunkSize: 64 }), input, n),
  (n) => count('deflate default', zlib.createDeflate(), input, n),
  (n) => count('gunzip chunk 100', zlib.createGunzip({ chunkSize: 100 }), zlib.gzipSync(input), n),
  (n) => zlib.deflate('hello', { info: true }, (err, res) => {
    console.log('callback info', err, Object.keys(res).join(','), res.buffer.toString('hex'), res.engine.constructor.name);
    n();
  }),
  (n) => zlib.inflate(packed, { chunkSize: 64 }, (err, res) => { console.log('callback chunk 64', err, res.length); n(); }),
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
