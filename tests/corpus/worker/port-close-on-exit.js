// worker_threads: when a worker holding the other end of a channel exits without closing it, the main thread's port gets 'close' and stops keeping the process alive.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const { port1, port2 } = new MessageChannel();
  const w = new Worker(__filename);
  port1.on('message', (m) => console.log('port1 got', m));
  // 'close' and 'exit' come in either order in node: both must come.
  const seen = [];
  port1.on('close', () => seen.push('port1 close'));
  w.on('exit', (c) => seen.push(`exit ${c}`));
  process.on('exit', () => console.log(seen.sort()));
  w.postMessage(port2, [port2]);
} else {
  parentPort.once('message', (port) => {
    port.postMessage('from worker');
    setTimeout(() => process.exit(0), 10);
  });
}
