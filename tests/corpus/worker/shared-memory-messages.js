// worker_threads: a SharedArrayBuffer posted in a message (both ways) is the same memory in both isolates: the worker's writes are visible to the main thread and Atomics.wait/notify-free handshakes through messages see each other's values.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const sab = new SharedArrayBuffer(16);
  const view = new Int32Array(sab);
  const w = new Worker(__filename);
  view[0] = 7;
  w.postMessage({ sab, note: 'start' });
  w.on('message', (m) => {
    if (m.kind === 'wrote') {
      console.log('main sees', Array.from(view), 'same object?', m.sab === sab, m.sab instanceof SharedArrayBuffer);
      const back = new Int32Array(m.sab);
      back[3] = 99;
      w.postMessage({ kind: 'check' });
    } else {
      console.log('worker saw', m.v);
    }
  });
  w.on('exit', (c) => console.log('exit', c));
} else {
  let sab;
  parentPort.on('message', (m) => {
    if (m.note === 'start') {
      sab = m.sab;
      const v = new Int32Array(sab);
      console.log('worker got', v[0], sab.byteLength);
      Atomics.store(v, 1, 11);
      Atomics.add(v, 2, 5);
      parentPort.postMessage({ kind: 'wrote', sab });
    } else {
      parentPort.postMessage({ v: new Int32Array(sab)[3] });
      parentPort.close();
    }
  });
}
