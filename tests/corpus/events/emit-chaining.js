// Checks on/once/off/prepend return the emitter (chainable), and emitting inside a listener is synchronous/re-entrant.
const EventEmitter = require('events');
const e = new EventEmitter();
const r = e.on('a', () => { console.log('a start'); e.emit('b'); console.log('a end'); }).on('b', () => console.log('b'));
console.log(r === e, e.off('zz', () => {}) === e, e.once('q', () => {}) === e);
e.emit('a');
