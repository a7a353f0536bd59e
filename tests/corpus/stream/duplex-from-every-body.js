// Duplex.from over iterables, async generator functions, async functions, promises and { readable, writable } pairs, with node's errors
const { Duplex, Readable, Writable, PassThrough } = require('stream');
async function main() {
  const a = Duplex.from(['x', 'y']);
  console.log('iterable', a.readable, a.writable, a.readableObjectMode);
  for await (const c of a) console.log(' chunk', c);

  const t = Duplex.from(async function* (source) {
    for await (const c of source) yield String(c).toUpperCase();
  });
  t.write('ab');
  t.end('cd');
  const out = [];
  for await (const c of t) out.push(c);
  console.log('generator fn', out);

  const seen = [];
  const sink = Duplex.from(async function (source) {
    for await (const c of source) seen.push(String(c));
  });
  console.log('sink', sink.readable, sink.writable);
  sink.write('1');
  sink.end('2', () => console.log('sink ended', seen));
  await new Promise((r) => sink.on('finish', r));

  const p = Duplex.from(Promise.resolve('value'));
  for await (const c of p) console.log('promise', c);

  const r = new Readable({ read() {} });
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
  const pair = Duplex.from({ readable: r, writable: w });
  pair.write('to-w');
  r.push('from-r');
  r.push(null);
  pair.on('data', (c) => console.log('pair read', String(c)));
  await new Promise((res) => pair.on('end', res));
  pair.end();
  await new Promise((res) => w.on('finish', res));
  console.log('pair wrote', got);

  const pt = new PassThrough();
  console.log('stream passes through', Duplex.from(pt) === pt);

  for (const bad of [1, null, 'str', () => 5]) {
    try {
      const d = Duplex.from(bad);
      console.log('no throw', typeof bad, d.readable);
    } catch (e) { console.log(e.code, e.message); }
  }
  const rej = Duplex.from(Promise.reject(new Error('boom')));
  rej.on('error', (e) => console.log('rejected promise ->', e.message));
  rej.resume();
}
main();
