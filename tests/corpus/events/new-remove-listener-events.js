// Checks 'newListener' fires before adding (with the listener) and 'removeListener' fires after removal.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', String(name), typeof fn, 'count before', e.listenerCount(name)));
e.on('removeListener', (name, fn) => console.log('removeListener', String(name), 'count after', e.listenerCount(name)));
const f = () => {};
e.on('data', f);
e.once('data', () => {});
e.emit('data');
e.off('data', f);
e.removeListener('data', () => {});
