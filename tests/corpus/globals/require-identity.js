// Checks require('node:x') === require('x') for allowed core modules.
for (const m of ['events', 'timers', 'timers/promises', 'util', 'path', 'assert', 'process']) {
  console.log(m, require('node:' + m) === require(m));
}
