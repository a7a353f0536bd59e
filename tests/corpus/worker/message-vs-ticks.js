// worker_threads: in the main thread, nextTick and promise callbacks queued inside a worker 'message' handler run before the next message event is dispatched (the worker stays alive until told to stop).
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (m) => {
    if (m === 'go') { parentPort.postMessage(1); parentPort.postMessage(2); parentPort.postMessage(3); }
    else parentPort.close();
  });
`, { eval: true });
w.on('message', (m) => {
  console.log('message', m);
  process.nextTick(() => console.log('tick', m));
  Promise.resolve().then(() => {
    console.log('promise', m);
    if (m === 3) w.postMessage('stop');
  });
});
w.on('exit', (c) => console.log('exit', c));
w.postMessage('go');
