// Checks that an async function's await chain interleaves with ticks queued from its own continuation (Rule 6).
async function a() {
  console.log('a0');
  await 1;
  console.log('a1');
  process.nextTick(() => console.log('tick from a1'));
  await 2;
  console.log('a2');
}
async function b() {
  console.log('b0');
  await 1;
  console.log('b1');
  await 2;
  console.log('b2');
}
a(); b();
