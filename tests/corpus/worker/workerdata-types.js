// worker_threads: workerData is a structured clone: Map, Set, Date, typed arrays, nested arrays/objects, bigint and undefined arrive intact; workerData is undefined when not given.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
if (isMainThread) {
  const data = {
    map: new Map([['a', 1], ['b', new Set([2, 3])]]),
    set: new Set(['x', { y: 1 }]),
    date: new Date(86400000),
    i16: new Int16Array([-1, 2, 300]),
    u8c: new Uint8ClampedArray([0, 255]),
    nested: { list: [[1, [2, [3]]], { deep: { deeper: true } }] },
    big: -12345678901234567890n,
    undef: undefined,
    str: 'héllo',
  };
  const w = new Worker(__filename, { workerData: data });
  w.on('message', (m) => console.log(m));
  w.on('exit', (c) => {
    console.log('exit', c);
    const w2 = new Worker(`require('worker_threads').parentPort.postMessage(require('worker_threads').workerData)`, { eval: true });
    w2.on('message', (m) => console.log('default workerData', m));
    w2.on('exit', (c2) => console.log('exit2', c2));
  });
} else {
  const d = workerData;
  parentPort.postMessage([
    d.map instanceof Map, d.map.get('b') instanceof Set, [...d.map.get('b')],
    d.set.size, d.date instanceof Date, d.date.toISOString(),
    d.i16.constructor.name, Array.from(d.i16), d.u8c.constructor.name, Array.from(d.u8c),
    JSON.stringify(d.nested), typeof d.big, String(d.big), 'undef' in d, d.undef, d.str,
  ]);
}
