// Checks emitting 'error' with a non-Error value and no listener throws ERR_UNHANDLED_ERROR.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const v of ['a string', 42, { custom: true }, undefined]) {
  try {
    e.emit('error', v);
  } catch (err) {
    console.log(err.name, err.code, err.message, err.context === v);
  }
}
