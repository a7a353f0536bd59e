// worker_threads: a MessagePort is transferred to a worker through the transferList; the worker talks back over it in order, then closes it: 'close' fires on the main side, and only then is the worker told to exit.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  port1.on('message', (m) => {
    console.log('port1 got', m);
    if (m === 'hello') port1.postMessage('reply');
  });
  port1.on('close', () => { console.log('port1 close'); w.postMessage('bye'); });
  w.on('exit', (c) => console.log('exit', c));
  w.postMessage({ port: port2 }, [port2]);
} else {
  parentPort.once('message', ({ port }) => {
    port.postMessage('hello');
    port.on('message', (m) => {
      port.postMessage('got ' + m);
      port.close();
    });
    parentPort.once('message', () => parentPort.close());
  });
}
