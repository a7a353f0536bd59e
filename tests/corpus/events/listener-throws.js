// Checks a throwing listener stops later listeners and the error propagates out of emit.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('first'));
e.on('x', () => { throw new Error('listener threw'); });
e.on('x', () => console.log('third (skipped)'));
try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
