// Checks Rule 5: a tick queued from a microtask waits for the microtask queue, including microtasks chained meanwhile.
Promise.resolve()
  .then(() => {
    console.log('a1');
    process.nextTick(() => console.log('tick'));
  })
  .then(() => console.log('a2'))
  .then(() => console.log('a3'));
Promise.resolve().then(() => console.log('b1')).then(() => console.log('b2'));
