// worker_threads: a MessagePort passed in workerData with the transferList option; messages posted to it before the worker starts wait and arrive in order, and the worker's replies come back over the port, not parentPort.
const { Worker, MessageChannel, isMainThread, workerData } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename, { workerData: { port: port2, n: 3 }, transferList: [port2] });
  port1.postMessage('early 1');
  port1.postMessage('early 2');
  const got = [];
  port1.on('message', (m) => {
    got.push(m);
    if (got.length === 3) { console.log(got); port1.close(); }
  });
  w.on('message', (m) => console.log('parentPort message?', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  const { port, n } = workerData;
  let seen = 0;
  port.on('message', (m) => {
    seen++;
    port.postMessage(`${m} -> ${seen}/${n}`);
    if (seen === 2) port.postMessage('done');
  });
  port.on('close', () => console.log('worker port close'));
}
