// Rule 11: recursive process.nextTick starves I/O: a file read and an immediate wait until the (here bounded) tick recursion stops.
const fs = require('fs');
let ticks = 0;
fs.readFile(__filename, 'utf8', (err, source) => {
  console.log('readFile done after', ticks, 'ticks:', source.startsWith('// Rule 11'));
});
setImmediate(() => console.log('immediate after', ticks, 'ticks'));

function spin() {
  const t = Date.now(); while (Date.now() - t < 1) {} // 1 ms of work per tick
  if (++ticks < 50) process.nextTick(spin); // a real starvation never stops
}
process.nextTick(spin);
console.log('main script done');
