// Rule 5 in an ES module: ticks queued from microtasks run after the microtask queue empties.
process.nextTick(() => console.log('tick 1'));
Promise.resolve()
  .then(() => { console.log('then 1'); process.nextTick(() => console.log('tick from then')); })
  .then(() => console.log('then 2'));
setImmediate(() => console.log('immediate'));
console.log('sync');
