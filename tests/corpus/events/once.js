// Checks once listeners fire only once and are removed before being called.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('x', function (v) { console.log('once', v, 'count during call', e.listenerCount('x')); });
e.on('x', (v) => console.log('on', v));
e.emit('x', 1);
e.emit('x', 2);
console.log('remaining', e.listenerCount('x'));
