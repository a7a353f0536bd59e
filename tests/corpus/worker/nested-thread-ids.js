// worker_threads: isMainThread and threadId in the main thread, a worker and a worker started by that worker (created sequentially, so ids are 0, 1, 2); the nested worker's messages are relayed.
const { Worker, isMainThread, parentPort, threadId, workerData } = require('worker_threads');
if (isMainThread) {
  console.log('main', isMainThread, threadId);
  const w = new Worker(__filename, { workerData: { depth: 1 } });
  console.log('child threadId', w.threadId);
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (c) => console.log('exit', c, 'threadId after exit', w.threadId));
} else if (workerData.depth === 1) {
  parentPort.postMessage({ depth: 1, isMainThread, threadId });
  const inner = new Worker(__filename, { workerData: { depth: 2 } });
  inner.on('message', (m) => parentPort.postMessage({ relayed: m, innerId: inner.threadId }));
  inner.on('exit', (c) => parentPort.postMessage({ innerExit: c }));
} else {
  parentPort.postMessage({ depth: 2, isMainThread, threadId });
}
