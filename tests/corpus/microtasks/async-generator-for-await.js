// Checks async generator + for await ordering interleaved with a plain promise chain (Rule 6).
async function* gen() {
  for (let i = 0; i < 3; i++) {
    console.log('yield', i);
    yield i;
  }
}
(async () => {
  for await (const v of gen()) console.log('got', v);
  console.log('for await done');
})();
let p = Promise.resolve();
for (let i = 0; i < 8; i++) p = p.then(() => console.log('chain', i));
