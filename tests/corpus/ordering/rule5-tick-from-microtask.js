// Checks Rule 5: a nextTick queued from inside a microtask runs after the already-queued microtasks.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
});
Promise.resolve().then(() => console.log('promise 2'));
Promise.resolve().then(() => console.log('promise 3'));
