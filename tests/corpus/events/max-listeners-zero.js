// Checks setMaxListeners(0) disables the warning, and setMaxListeners returns the emitter.
const EventEmitter = require('events');
process.on('warning', (w) => console.log('warning (never)', w.name));
const e = new EventEmitter();
console.log(e.setMaxListeners(0) === e, e.getMaxListeners());
for (let i = 0; i < 20; i++) e.on('evt', () => {});
console.log('count', e.listenerCount('evt'));
try { e.setMaxListeners(-1); } catch (err) { console.log(err.name, err.code); }
