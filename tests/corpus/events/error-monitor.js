// Checks events.errorMonitor listeners see errors before normal 'error' listeners and don't count as handling them.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', new Error('first')); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('second'));
console.log(typeof EventEmitter.errorMonitor, String(EventEmitter.errorMonitor));
