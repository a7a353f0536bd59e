// Checks timers/promises setInterval async iterator yields the value repeatedly; break after 3 ends it.
const { setInterval } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of setInterval(5, 'tick')) {
    n++;
    console.log(v, n);
    if (n === 3) break;
  }
  console.log('loop done');
})();
process.on('exit', () => console.log('exit'));
