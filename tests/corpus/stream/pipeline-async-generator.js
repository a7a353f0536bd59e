// Checks stream/promises pipeline with async generator stages, error propagation, cleanup/destroy and AbortSignal.
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline } = require('stream/promises');
const log = (...a) => console.log(...a);

async function main() {
  const out = [];
  const sink = new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
  const res = await pipeline(
    Readable.from([1, 2, 3, 4]),
    async function* double(source) { for await (const n of source) yield n * 2; },
    async function* (source) { for await (const n of source) if (n !== 4) yield 'v' + n; },
    sink,
  );
  log('1 result', res, 'out', out.join(','), 'sink finished', sink.writableFinished);

  const collected = await pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (source) { for await (const s of source) yield s.toUpperCase(); },
    async function (source) { let acc = ''; for await (const s of source) acc += s; return acc + '!'; },
  );
  log('2 final async function return value', collected);

  let srcDestroyed = null;
  const src = new Readable({ objectMode: true, read() {}, destroy(err, cb) { srcDestroyed = err ? err.message : 'no error'; cb(err); } });
  src.push('one');
  src.push('two');
  const mid = new PassThrough();
  const sink3 = new Writable({ write(c, e, cb) { log('3 sink got', String(c)); cb(); } });
  try {
    await pipeline(src, async function* (source) {
      for await (const c of source) {
        if (String(c) === 'two') throw new Error('gen failed at two');
        yield c;
      }
    }, mid, sink3);
  } catch (e) {
    log('3 rejected:', e.message);
  }
  log('3 src destroyed', src.destroyed, srcDestroyed, 'mid destroyed', mid.destroyed, 'sink destroyed', sink3.destroyed);

  const bad = new Writable({ write(c, e, cb) { cb(new Error('sink rejects')); } });
  let genFinally = false;
  try {
    await pipeline(async function* () { try { yield 'x'; yield 'y'; } finally { genFinally = true; } }, bad);
  } catch (e) {
    log('4 sink error:', e.message, 'generator finally', genFinally);
  }
  await new Promise((r) => setImmediate(r));
  log('4 generator finally after immediate', genFinally);

  const ac = new AbortController();
  const slow = new Readable({ read() {} });
  setImmediate(() => ac.abort());
  try {
    await pipeline(slow, new PassThrough(), { signal: ac.signal });
  } catch (e) {
    log('5 aborted:', e.name, e.code, e.message, 'src destroyed', slow.destroyed);
  }

  try {
    await pipeline(Readable.from(['q']));
  } catch (e) {
    log('6 single stream:', e.code, e.name, e.message);
  }

  const early = new Readable({ read() {} });
  early.push('e1');
  setImmediate(() => early.destroy());
  try {
    await pipeline(early, new Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) {
    log('7 premature close:', e.code, e.name, e.message);
  }
}
async function more() {
  const events = [];
  await pipeline(
    async function* source() { events.push('source start'); yield 'a'; events.push('source after a'); yield 'b'; events.push('source end'); },
    async function* stage(src) { for await (const c of src) { events.push('stage ' + c); yield c + c; } events.push('stage end'); },
    new Writable({ objectMode: true, write(c, e, cb) { events.push('sink ' + c); cb(); }, final(cb) { events.push('sink final'); cb(); } }),
  );
  events.forEach((e, i) => log('8 event', i, e));
  await new Promise((resolve) => {
    require('stream').pipeline(
      Readable.from(['x', 'y']),
      async function* (src) { for await (const c of src) yield c + '1'; },
      async function (src) { const a = []; for await (const c of src) a.push(c); return a.join('+'); },
      (err, val) => { log('9 callback pipeline err', err, 'value', val); resolve(); },
    );
  });
  const ret = require('stream').pipeline(Readable.from(['k']), new PassThrough(), () => log('10 callback done'));
  log('10 callback pipeline returns last stream', ret instanceof PassThrough);
  ret.resume();
}
main().then(more).then(() => log('done'));
