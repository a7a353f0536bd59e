// worker_threads: transfer-list checks as node makes them: duplicates, the source port, non-transferable values, a port in the message but not in the list, a detached buffer, a non-iterable list; a port transferred away posts nothing.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const show = (label, f) => {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const ab = new ArrayBuffer(4);
show('dup buffer', () => port1.postMessage(1, [ab, ab]));
show('source port', () => port1.postMessage(1, [port1]));
show('source port options', () => port1.postMessage(1, { transfer: [port1] }));
show('dup port', () => port1.postMessage(1, [port2, port2]));
show('number', () => port1.postMessage(1, [5]));
show('plain object', () => port1.postMessage(1, [{}]));
show('not iterable', () => port1.postMessage(1, 5));
show('missing', () => port1.postMessage({ p: port2 }));
show('after failures', () => console.log('ab still', ab.byteLength));
const moved = new ArrayBuffer(8);
show('move', () => port1.postMessage(moved, [moved]));
console.log('moved now', moved.byteLength);
show('detached', () => port1.postMessage(moved));
show('detached in list', () => port1.postMessage(moved, [moved]));
const other = new MessageChannel();
show('transfer a port', () => port1.postMessage({ p: other.port1 }, [other.port1]));
show('post on transferred', () => other.port1.postMessage('lost'));
port2.on('message', (m) => console.log('port2 got', m === null ? null : typeof m, m && m.constructor && m.constructor.name));
setTimeout(() => { port1.close(); other.port2.close(); }, 20);
