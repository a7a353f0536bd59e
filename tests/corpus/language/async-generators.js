// Checks async generators with for await and await inside the generator.
async function* countdown(n) {
  while (n > 0) {
    await null;
    yield n--;
  }
}
(async () => {
  const seen = [];
  for await (const v of countdown(3)) seen.push(v);
  console.log(seen.join(','));
  const it = countdown(2);
  console.log(typeof it[Symbol.asyncIterator], Object.prototype.toString.call(it));
})();
