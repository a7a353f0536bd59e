// Checks rawListeners returns once-wrappers (with .listener) while listeners returns the originals.
const EventEmitter = require('events');
const e = new EventEmitter();
function orig() { console.log('orig called'); }
e.once('x', orig);
e.on('x', orig);
const raw = e.rawListeners('x');
console.log(e.listeners('x')[0] === orig, raw[0] === orig, raw[0].listener === orig, raw[1] === orig);
raw[0]();
console.log('after calling wrapper', e.listenerCount('x'));
e.emit('x');
