// stream.compose: streams and async generator functions into one Duplex; write to the first, read from the last; errors and argument checks
const { compose, Transform, PassThrough, Readable, Writable, pipeline } = require('stream');
async function main() {
  const removeSpaces = new Transform({
    transform(chunk, encoding, callback) { callback(null, String(chunk).replace(' ', '')); },
  });
  async function* toUpper(source) { for await (const chunk of source) yield String(chunk).toUpperCase(); }
  let res = '';
  for await (const buf of compose(removeSpaces, toUpper).end('hello world')) res += buf;
  console.log(res);

  const c = compose(new PassThrough(), async function* (src) { for await (const x of src) yield `<${x}>`; }, new PassThrough());
  console.log('readable/writable', c.readable, c.writable);
  const parts = [];
  c.on('data', (d) => parts.push(String(d)));
  c.on('end', () => console.log('end', parts));
  c.on('finish', () => console.log('finish'));
  c.on('close', () => console.log('close'));
  c.write('a');
  c.write('b');
  c.end();
  await new Promise((r) => c.on('close', r));

  const failing = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('bad chunk')); } }));
  failing.on('error', (e) => console.log('error', e.message));
  failing.on('close', () => console.log('failing closed'));
  failing.write('x');
  await new Promise((r) => failing.on('close', r));

  const sinkGot = [];
  const toSink = compose(new PassThrough(), new Writable({ write(ch, e, cb) { sinkGot.push(String(ch)); cb(); } }));
  console.log('to sink readable', toSink.readable, toSink.writable);
  toSink.end('z', () => console.log('sink got', sinkGot));
  await new Promise((r) => toSink.on('finish', r));

  const src = compose(Readable.from(['1', '2']), new PassThrough({ objectMode: true }));
  console.log('from source writable', src.writable);
  for await (const x of src) console.log('src', x);

  try { compose(); } catch (e) { console.log(e.code, e.message); }
  try { compose(new Writable(), new PassThrough()); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
  try { compose(new PassThrough(), Readable.from([])); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
  const one = new PassThrough();
  console.log('single', compose(one) === one);

  await new Promise((r) => pipeline(Readable.from(['p', 'q']), compose(new PassThrough(), async function* (s) { for await (const x of s) yield String(x) + '!'; }),
    new Writable({ write(ch, e, cb) { console.log('piped', String(ch)); cb(); } }), (err) => { console.log('pipeline', err); r(); }));
}
main();
