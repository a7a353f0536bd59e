// worker_threads: a MessageChannel in one isolate delivers messages asynchronously (after ticks and promises, in order); close() emits 'close' on both ports and lets the process exit.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  console.log('port2 got', m);
  if (m === 'last') port2.close();
});
port1.on('close', () => console.log('port1 close'));
port2.on('close', () => console.log('port2 close'));
port1.postMessage('first');
port1.postMessage({ second: [2] });
port1.postMessage('last');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));
console.log('sync done');
