// Checks Rule 7: queueMicrotask shares the FIFO microtask queue with promise reactions, and runs after nextTicks.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  Promise.resolve().then(() => console.log('promise from qm 2'));
  queueMicrotask(() => console.log('qm from qm 2'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick'));
