// Checks removing a listener during emit does not affect the current emit, only later ones; adding during emit too.
const EventEmitter = require('events');
const e = new EventEmitter();
const b = () => console.log('b');
e.on('x', () => { console.log('a removes b, adds c'); e.removeListener('x', b); e.on('x', () => console.log('c')); });
e.on('x', b);
e.emit('x');
console.log('--');
e.emit('x');
