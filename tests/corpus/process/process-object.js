// Checks process is an EventEmitter, its toStringTag, and typeof of common members.
const EventEmitter = require('events');
console.log(process instanceof EventEmitter);
console.log(Object.prototype.toString.call(process));
console.log(require('process') === process, require('node:process') === process);
for (const k of ['nextTick', 'exit', 'on', 'emitWarning', 'hrtime', 'cwd', 'memoryUsage']) console.log(k, typeof process[k]);
console.log(typeof process.stdout, typeof process.stderr, typeof process.exitCode);
