// A throwing tick inside an immediate: the drain stops; a 0 ms timer runs before the rest of the ticks (first exception is slow).
process.on('uncaughtException', (e) => console.log('caught', e.message));
setImmediate(() => {
  process.nextTick(() => { throw new Error('x'); });
  process.nextTick(() => console.log('tick2'));
  Promise.resolve().then(() => console.log('micro'));
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout0'), 0);
});
