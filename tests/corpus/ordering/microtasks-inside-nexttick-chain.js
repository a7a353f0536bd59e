// Checks process.nextTick inside promise.then inside nextTick chains (Rule 5).
process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => {
    console.log('promise in A');
    process.nextTick(() => {
      console.log('tick in promise in A');
      Promise.resolve().then(() => console.log('promise in tick in promise in A'));
    });
  });
  process.nextTick(() => console.log('tick in A'));
});
Promise.resolve().then(() => console.log('top promise'));
