// Checks Readable.prototype operators map/filter/toArray/take/drop/reduce/forEach/some/every/find/flatMap/asIndexedPairs.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const from = (arr) => Readable.from(arr);

(async () => {
  log('map', await from([1, 2, 3]).map((x) => x * 10).toArray());
  log('async map', await from([1, 2, 3]).map(async (x) => { await null; return x + 0.5; }).toArray());
  log('filter', await from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray());
  log('take(2)', await from([1, 2, 3, 4]).take(2).toArray());
  log('drop(2)', await from([1, 2, 3, 4]).drop(2).toArray());
  log('take(0)', await from([1, 2]).take(0).toArray());
  log('drop(10)', await from([1, 2]).drop(10).toArray());
  log('reduce', await from([1, 2, 3, 4]).reduce((a, b) => a + b, 0));
  log('reduce no initial', await from(['a', 'b', 'c']).reduce((a, b) => a + b));
  try { await from([]).reduce((a, b) => a + b); } catch (e) { log('reduce empty:', e.code, e.name, e.message); }
  const seen = [];
  const fe = await from(['x', 'y']).forEach((v) => { seen.push(v); });
  log('forEach returned', fe, 'seen', seen);
  log('some', await from([1, 5, 9]).some((x) => x > 4), await from([1, 2]).some((x) => x > 4));
  log('every', await from([2, 4]).every((x) => x % 2 === 0), await from([2, 3]).every((x) => x % 2 === 0));
  log('find', await from([1, 7, 8]).find((x) => x > 5), await from([1]).find((x) => x > 5));
  log('flatMap', await from([1, 2]).flatMap((x) => [x, x * 100]).toArray());
  log('chain', await from([1, 2, 3, 4, 5, 6]).filter((x) => x > 1).map((x) => x * x).drop(1).take(3).toArray());
  const m = from([1]).map((x) => x);
  log('operator returns Readable', m instanceof Readable, 'objectMode', m.readableObjectMode);
  await m.toArray();
  log('bytes toArray', (await Readable.from(['ab', 'cd'], { objectMode: false }).toArray()).map((b) => Buffer.isBuffer(b) + ':' + b));
  const order = [];
  await from([1, 2, 3, 4]).map(async (x) => { order.push('start ' + x); await new Promise((r) => setImmediate(r)); order.push('end ' + x); return x; }, { concurrency: 2 }).toArray();
  log('concurrency 2 order', order.join(', '));
  try { await from([1, 2, 3]).map((x) => { if (x === 2) throw new Error('map threw at 2'); return x; }).toArray(); } catch (e) { log('map error:', e.message); }
  try { from([1]).map(42); } catch (e) { log('map non-fn:', e.code, e.name, e.message); }
  try { from([1]).take(-1); } catch (e) { log('take negative:', e.code, e.name, e.message); }
  const ac = new AbortController();
  ac.abort();
  try { await from([1, 2]).toArray({ signal: ac.signal }); } catch (e) { log('aborted toArray:', e.name, e.code, e.message); }
  log('typeof asIndexedPairs', typeof Readable.prototype.asIndexedPairs);
  if (typeof Readable.prototype.asIndexedPairs === 'function') {
    log('asIndexedPairs', JSON.stringify(await from(['a', 'b']).asIndexedPairs().toArray()));
  }
})();
