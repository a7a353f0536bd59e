// worker_threads: two workers increment a SharedArrayBuffer counter 10000 times each with Atomics.add; after both exit the main thread sees 20000, and a plain (non-atomic) slot shows the memory really is shared.
const { Worker, isMainThread, workerData, parentPort } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(8);
  const arr = new Int32Array(sab);
  const start = (slot) => new Promise((resolve) => {
    const w = new Worker(__filename, { workerData: { sab, slot } });
    w.on('exit', resolve);
  });
  Promise.all([start(0), start(1)]).then((codes) => {
    console.log('codes', codes, 'counter', Atomics.load(arr, 0), 'flag', arr[1]);
  });
} else {
  const arr = new Int32Array(workerData.sab);
  for (let i = 0; i < 10000; i++) Atomics.add(arr, 0, 1);
  Atomics.or(arr, 1, 1 << workerData.slot);
}
