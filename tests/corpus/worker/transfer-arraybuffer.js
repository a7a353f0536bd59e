// worker_threads: an ArrayBuffer in the transferList is detached in the sender (byteLength 0) and arrives intact; a non-transferred buffer is copied and stays usable.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    const a = new Uint8Array(m.moved), b = new Uint8Array(m.copied);
    parentPort.postMessage([m.moved.byteLength, Array.from(a), m.copied.byteLength, Array.from(b)]);
    parentPort.close();
  });
`, { eval: true });
const moved = new Uint8Array([1, 2, 3, 4]).buffer;
const copied = new Uint8Array([9, 8]).buffer;
w.postMessage({ moved, copied }, [moved]);
console.log('after post', moved.byteLength, copied.byteLength);
w.on('message', (m) => console.log('worker saw', m));
w.on('exit', (c) => console.log('exit', c));
