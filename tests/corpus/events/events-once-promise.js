// Checks events.once resolves with the array of emitted args and rejects when 'error' is emitted.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  const args = await once(e, 'ready');
  console.log('resolved with', args);
  try {
    await once(e, 'never');
  } catch (err) {
    console.log('rejected', err.message);
  }
})();
e.emit('ready', 1, 'two');
setTimeout(() => e.emit('error', new Error('failed')), 1);
