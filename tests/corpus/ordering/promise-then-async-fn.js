// Checks ordering of an async function's sync part, its post-await part, and surrounding promises/ticks (Rule 6).
async function f() {
  console.log('f start');
  await null;
  console.log('f after await');
}
Promise.resolve().then(() => console.log('promise'));
f();
process.nextTick(() => console.log('tick'));
console.log('sync end');
