// Checks truncated compressed input: sync errors, finishFlush Z_SYNC_FLUSH returning partial output, and stream 'error' events (code/errno/message) with the data emitted before them.
const zlib = require('zlib');
const { Writable, pipeline, Readable } = require('stream');
const text = 'Line of text number ';
let input = '';
for (let i = 0; i < 200; i++) input += text + i + '\n';
const gz = zlib.gzipSync(input);
const df = zlib.deflateSync(input);
const rw = zlib.deflateRawSync(input);
console.log('sizes', input.length, gz.length, df.length, rw.length);
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', r.length); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); }
};
for (const cut of [0, 1, 5, 10, 11, 20, gz.length - 8, gz.length - 4, gz.length - 1]) show(`gunzip cut ${cut}`, () => zlib.gunzipSync(gz.subarray(0, cut)));
show('inflate cut 1', () => zlib.inflateSync(df.subarray(0, 1)));
show('inflate cut 2', () => zlib.inflateSync(df.subarray(0, 2)));
show('inflate no adler', () => zlib.inflateSync(df.subarray(0, df.length - 4)));
show('inflateRaw half', () => zlib.inflateRawSync(rw.subarray(0, rw.length >> 1)));
show('inflateRaw empty', () => zlib.inflateRawSync(Buffer.alloc(0)));
show('unzip empty', () => zlib.unzipSync(Buffer.alloc(0)));
const sync = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const part = zlib.gunzipSync(gz.subarray(0, gz.length - 8), sync);
console.log('finishFlush gunzip minus trailer', part.length, part.toString() === input);
const half = zlib.inflateSync(df.subarray(0, df.length >> 1), sync);
console.log('finishFlush inflate half', half.length, input.startsWith(half.toString()));
const rhalf = zlib.inflateRawSync(rw.subarray(0, rw.length >> 1), sync);
console.log('finishFlush inflateRaw half', rhalf.length, input.startsWith(rhalf.toString()));
const tiny = zlib.gunzipSync(gz.subarray(0, 10), sync);
console.log('finishFlush header only', tiny.length);
show('finishFlush invalid', () => zlib.inflateSync(df, { finishFlush: 99 }));
function collect(label, stream, data, next) {
  let bytes = 0;
  let events = 0;
  stream.on('data', (c) => { bytes += c.length; events++; });
  stream.on('error', (e) => { console.log(label, 'error', e.code, e.errno, e.message, 'bytes before error', bytes > 0); next(); });
  stream.on('end', () => { console.log(label, 'end', bytes); next(); });
  stream.end(data);
}
const steps = [
  (n) => collect('stream gunzip truncated', zlib.createGunzip(), gz.subarray(0, gz.length - 3), n),
  (n) => collect('stream inflate truncated', zlib.createInflate(), df.subarray(0, df.length - 10), n),
  (n) => collect('stream inflateRaw truncated', zlib.createInflateRaw(), rw.subarray(0, 50), n),
  (n) => collect('stream gunzip finishFlush', zlib.createGunzip(sync), gz.subarray(0, gz.length - 3), n),
  (n) => collect('stream unzip corrupt', zlib.createUnzip(), Buffer.concat([gz.subarray(0, 30), Buffer.alloc(30, 0xff)]), n),
  (n) => collect('stream gunzip empty', zlib.createGunzip(), Buffer.alloc(0), n),
  (n) => pipeline(Readable.from([gz.subarray(0, 40)]), zlib.createGunzip(), new Writable({ write(c, e, cb) { cb(); } }), (err) => { console.log('pipeline truncated', err && err.code, err && err.message); n(); }),
  (n) => zlib.gunzip(gz.subarray(0, 40), (err, r) => { console.log('callback truncated', err.code, err.errno, r); n(); }),
  (n) => zlib.gunzip(gz.subarray(0, 40), sync, (err, r) => { console.log('callback finishFlush', err, r.length > 0); n(); }),
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); };
run(0);
