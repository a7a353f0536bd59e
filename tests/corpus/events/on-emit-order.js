// Checks listeners run synchronously in registration order with the emitted arguments.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('ev', (a, b) => console.log('first', a, b));
e.on('ev', (...args) => console.log('second', args.length));
e.addListener('ev', () => console.log('third (addListener)'));
console.log('before emit');
e.emit('ev', 1, 'two');
console.log('after emit');
