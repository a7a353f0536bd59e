// worker_threads: 'online', messages both ways in order, workerData and threadId, the worker exits when its loop is empty, 'exit' code; isMainThread on both sides.
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename, { workerData: { n: 3, tag: 'job' } });
  console.log('main: started worker', w.threadId, isMainThread, threadId);
  w.on('online', () => console.log('main: online'));
  w.on('message', (m) => {
    console.log('main: message', m);
    if (m === 'ready') w.postMessage({ cmd: 'sum', values: [1, 2, 3] });
  });
  w.on('error', (e) => console.log('main: error', e));
  w.on('exit', (code) => console.log('main: exit', code));
  process.on('exit', () => console.log('main: process exit'));
} else {
  console.log('worker: data', workerData, isMainThread, threadId);
  parentPort.postMessage('ready');
  parentPort.on('message', (m) => {
    parentPort.postMessage({ sum: m.values.reduce((a, b) => a + b, 0) });
    for (let i = 0; i < workerData.n; i++) parentPort.postMessage(i);
    parentPort.close();
  });
}
