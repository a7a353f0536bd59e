// Checks Promise.any resolves with the first fulfillment, and rejects with AggregateError when all reject.
Promise.any([Promise.reject(new Error('a')), Promise.resolve('b'), Promise.resolve('c')]).then((v) => console.log('any:', v));
Promise.any([Promise.reject(new Error('x')), Promise.reject(new Error('y'))]).catch((e) => {
  console.log(e.name, e instanceof AggregateError, e.message);
  console.log(e.errors.map((x) => x.message).join(','));
});
Promise.any([]).catch((e) => console.log('empty:', e.name, e.errors.length));
