// Checks for await over a sync iterable of promises and values, relative to another promise chain (Rule 6).
(async () => {
  for await (const v of [1, Promise.resolve(2), 3]) console.log('value', v);
  console.log('done');
})();
Promise.resolve().then(() => console.log('c1')).then(() => console.log('c2')).then(() => console.log('c3')).then(() => console.log('c4'));
