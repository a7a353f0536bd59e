// worker_threads: parentPort.once handles only the first message; later messages go to a later 'on' listener; listenerCount changes; the worker exits after close().
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('main got', m));
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage('a');
  w.postMessage('b');
  w.postMessage('c');
} else {
  parentPort.once('message', (m) => {
    parentPort.postMessage(['once', m, parentPort.listenerCount('message')]);
    parentPort.on('message', (m2) => {
      parentPort.postMessage(['on', m2]);
      if (m2 === 'c') parentPort.close();
    });
  });
}
