// Checks exceeding maxListeners emits a MaxListenersExceededWarning once (observed via process 'warning').
const EventEmitter = require('events');
process.on('warning', (w) => {
  console.log(w.name);
  console.log(w.message);
  console.log(w.count, w.type, w.emitter === e);
});
const e = new EventEmitter();
console.log('default max', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
e.setMaxListeners(2);
for (let i = 0; i < 4; i++) e.on('evt', () => {});
console.log('added 4');
