// Checks an 'error' event with no listener emitted from a timer crashes the process with exit 1.
const EventEmitter = require('events');
const e = new EventEmitter();
setTimeout(() => { console.log('emitting'); e.emit('error', new Error('unhandled error event')); }, 1);
setTimeout(() => console.log('never'), 10);
