// Checks that a promise queued from a nextTick runs after all remaining nextTicks (Rule 5).
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
});
process.nextTick(() => console.log('tick 2'));
process.nextTick(() => console.log('tick 3'));
