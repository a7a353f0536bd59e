// Checks Readable.from over arrays, strings, Buffers, generators, async generators and promises, with objectMode facts.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const show = (v) => (Buffer.isBuffer(v) ? 'Buffer<' + v.toString('hex') + '>' : typeof v + ':' + JSON.stringify(v));

async function drain(label, stream) {
  const out = [];
  for await (const c of stream) out.push(show(c));
  log(label, '| objectMode', stream.readableObjectMode, 'hwm', stream.readableHighWaterMark, '|', out.join(' '));
}

(async () => {
  await drain('array', Readable.from([1, 'two', { three: 3 }]));
  await drain('string whole', Readable.from('hello'));
  await drain('buffer whole', Readable.from(Buffer.from('hi')));
  await drain('array of strings', Readable.from(['a', 'b']));
  await drain('objectMode false', Readable.from(['x', 'y'], { objectMode: false }));
  await drain('sync generator', Readable.from((function* () { yield 1; yield 2; yield 3; })()));
  await drain('async generator', Readable.from((async function* () {
    yield 'p';
    await null;
    yield 'q';
  })()));
  await drain('promises in array', Readable.from([Promise.resolve('r1'), 'r2']));
  await drain('Set', Readable.from(new Set(['s1', 's2'])));
  await drain('Map', Readable.from(new Map([['k', 'v']])));
  try {
    Readable.from(42);
  } catch (e) {
    log('non-iterable:', e.code, e.name, e.message);
  }
  try {
    await drain('with null', Readable.from(['a', null, 'b']));
  } catch (e) {
    log('null in iterable:', e.code, e.name, e.message);
  }
  const order = [];
  const g = (function* () { order.push('gen start'); yield 'g1'; order.push('gen after g1'); yield 'g2'; order.push('gen done'); })();
  const r = Readable.from(g);
  order.push('created');
  r.on('data', (c) => order.push('data ' + c));
  order.push('listener added');
  await new Promise((res) => r.on('end', res));
  log('lazy order:', order.join(', '));
  let cleanup = false;
  const g2 = (function* () { try { yield 1; yield 2; yield 3; } finally { cleanup = true; } })();
  for await (const v of Readable.from(g2)) { log('break at', v); break; }
  log('generator finally ran', cleanup);
  const err = Readable.from((async function* () { yield 'ok'; throw new Error('gen boom'); })());
  try {
    for await (const v of err) log('got before error', v);
  } catch (e) {
    log('async gen error propagated', e.message, 'destroyed', err.destroyed);
  }
})();
