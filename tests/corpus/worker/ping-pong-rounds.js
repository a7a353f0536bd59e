// worker_threads: ping-pong for 5 rounds between the main thread and a worker; each side replies only after receiving, so the log order is fixed; the worker closes its port after the last round.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => {
    console.log('main got', m);
    if (m.n < 5) w.postMessage({ ping: m.n + 1 });
    else w.postMessage('done');
  });
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage({ ping: 1 });
} else {
  parentPort.on('message', (m) => {
    if (m === 'done') { parentPort.close(); return; }
    parentPort.postMessage({ pong: m.ping * 10, n: m.ping });
  });
}
