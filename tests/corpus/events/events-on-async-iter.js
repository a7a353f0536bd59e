// Checks events.on async iteration yields arg arrays in order; breaking out stops iteration.
const { on, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  let n = 0;
  for await (const args of on(e, 'tick')) {
    console.log('got', args);
    if (++n === 3) break;
  }
  console.log('done, listeners left', e.listenerCount('tick'));
})();
process.nextTick(() => {
  e.emit('tick', 1);
  e.emit('tick', 2, 'b');
  e.emit('tick', 3);
  e.emit('tick', 4);
});
