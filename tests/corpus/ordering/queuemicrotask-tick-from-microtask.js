// Checks Rule 5 + 7: nextTick queued from queueMicrotask runs after remaining microtasks.
queueMicrotask(() => {
  console.log('qm 1');
  process.nextTick(() => console.log('tick from qm 1'));
  queueMicrotask(() => console.log('qm 3 (nested)'));
});
queueMicrotask(() => console.log('qm 2'));
