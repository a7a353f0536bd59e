// Checks prependListener and prependOnceListener put listeners at the front.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('normal'));
e.prependListener('x', () => console.log('prepended'));
e.prependOnceListener('x', () => console.log('prepended once'));
e.emit('x');
console.log('--');
e.emit('x');
