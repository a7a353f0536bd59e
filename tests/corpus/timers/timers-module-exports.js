// Checks require('timers') and require('node:timers') export the same functions as the globals.
const timers = require('timers');
console.log(require('node:timers') === timers);
for (const n of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  console.log(n, timers[n] === globalThis[n]);
}
console.log(typeof timers.promises, timers.promises === require('timers/promises'));
