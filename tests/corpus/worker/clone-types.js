// worker_threads: messages are structured clones: Map, Set, Date, RegExp, typed arrays, nested and circular objects, errors, bigint, -0 survive; a Buffer arrives as a Uint8Array; functions cannot be cloned (DataCloneError).
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  let n = 0;
  parentPort.on('message', (v) => { parentPort.postMessage(v); if (++n === 2) parentPort.close(); });
`, { eval: true });
const circ = { name: 'c' };
circ.self = circ;
const value = {
  map: new Map([[1, 'one'], ['k', { deep: [1, 2] }]]), set: new Set([1, 'a']), date: new Date(0), re: /ab+c/gi,
  u8: new Uint8Array([1, 2, 3]), f64: new Float64Array([0.5]), buf: Buffer.from('hi'), circ, big: 10n ** 20n, negz: -0,
  sparse: [1, , 3], undef: undefined, nan: NaN,
};
try { w.postMessage({ f() {} }); } catch (e) { console.log(e.name, e.message); }
w.postMessage(value);
w.postMessage(new TypeError('bad'));
w.once('message', (v) => {
  console.log(v);
  console.log(v.circ.self === v.circ, v.buf.constructor.name, Object.is(v.negz, -0));
  w.once('message', (e) => console.log(e instanceof TypeError, e.name, e.message));
});
w.on('exit', (c) => console.log('exit', c));
