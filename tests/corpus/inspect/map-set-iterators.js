// Checks Map/Set iterators and entries print.
const m = new Map([['a', 1], ['b', 2]]);
console.log(m.keys(), m.values(), m.entries());
console.log(new Set([1, 2]).values());
console.log([1, 2][Symbol.iterator]());
