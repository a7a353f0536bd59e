// Checks that scheduling only microtasks in 'beforeExit' runs them, but beforeExit is not emitted again (the loop has no handles) (Rule 13).
let n = 0;
process.on('beforeExit', () => {
  n++;
  console.log('beforeExit', n);
  if (n === 1) Promise.resolve().then(() => console.log('promise from beforeExit'));
  if (n === 2) process.nextTick(() => console.log('tick from beforeExit'));
});
