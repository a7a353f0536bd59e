// worker_threads: messages posted to a port before it has a 'message' listener wait; once a listener is added they arrive in a later poll phase (after ticks and promises, before immediates).
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage('a');
port1.postMessage('b');
setTimeout(() => {
  port2.on('message', (m) => { console.log('got', m); if (m === 'b') port2.close(); });
  process.nextTick(() => console.log('tick'));
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
  console.log('attached');
}, 20);
