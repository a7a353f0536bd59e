// Checks the events module shape: default export is EventEmitter, named exports and node: prefix.
const events = require('events');
console.log(events === events.EventEmitter, require('node:events') === events);
console.log(typeof events.once, typeof events.on, typeof events.getEventListeners, typeof events.errorMonitor);
console.log(typeof events.EventEmitter.defaultMaxListeners);
console.log(events.name);
