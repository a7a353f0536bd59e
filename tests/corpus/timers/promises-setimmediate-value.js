// Checks timers/promises setImmediate resolves with the value, after nextTick/promises and in order with setImmediate.
const tp = require('node:timers/promises');
tp.setImmediate('promise immediate').then((v) => console.log(v));
setImmediate(() => console.log('callback immediate'));
Promise.resolve().then(() => console.log('microtask'));
tp.setImmediate().then((v) => console.log('undefined value:', v));
