// worker_threads: receiveMessageOnPort reads queued messages synchronously ({ message } objects, then undefined when empty), without firing 'message' events.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port1.postMessage({ a: 1 });
port1.postMessage('two');
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
port1.postMessage('three');
port2.on('message', (m) => { console.log('event', m); port2.close(); });
port1.postMessage('four');
console.log(receiveMessageOnPort(port2));
