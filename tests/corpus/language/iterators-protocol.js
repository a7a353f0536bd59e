// Checks custom iterables with Symbol.iterator, spread, for-of early exit calling return().
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => ({ value: i, done: i++ >= 3 }),
      return: () => { console.log('return() called'); return { done: true }; },
    };
  },
};
console.log([...iterable]);
for (const v of iterable) { if (v === 1) break; }
const [first] = iterable;
console.log(first);
