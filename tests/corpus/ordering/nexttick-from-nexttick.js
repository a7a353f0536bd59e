// Checks that a nextTick queued from a nextTick runs in the same drain, before promises (Rule 5).
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => {
    console.log('tick 1.1');
    process.nextTick(() => console.log('tick 1.1.1'));
  });
});
process.nextTick(() => console.log('tick 2'));
