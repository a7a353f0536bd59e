// Checks on() with a non-function listener throws ERR_INVALID_ARG_TYPE.
const EventEmitter = require('events');
const e = new EventEmitter();
try { e.on('x', 'not a fn'); } catch (err) { console.log(err.name, err.code); console.log(err.message); }
