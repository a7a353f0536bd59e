// Checks emit returns true when listeners exist and false otherwise.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e.emit('nothing'));
e.on('something', () => {});
console.log(e.emit('something'));
e.removeAllListeners('something');
console.log(e.emit('something'));
