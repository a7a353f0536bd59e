// Checks emitting 'error' with no listener throws the error itself.
const EventEmitter = require('events');
const e = new EventEmitter();
try {
  e.emit('error', new Error('boom'));
} catch (err) {
  console.log('caught', err.message);
}
e.on('error', (err) => console.log('listener got', err.message));
console.log(e.emit('error', new Error('handled')));
