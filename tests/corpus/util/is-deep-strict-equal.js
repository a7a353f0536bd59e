// Checks util.isDeepStrictEqual across a table of pairs.
const { isDeepStrictEqual } = require('util');
const pairs = [
  [{ a: 1 }, { a: 1 }],
  [{ a: 1 }, { a: '1' }],
  [[1, 2], [1, 2]],
  [[1, 2], [2, 1]],
  [NaN, NaN],
  [0, -0],
  [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])],
  [new Set([1, 2]), new Set([2, 1])],
  [new Date(0), new Date(0)],
  [/a/g, /a/i],
  [Object.create(null), {}],
  [[1, , 3], [1, undefined, 3]],
  [{ a: undefined }, {}],
];
pairs.forEach(([a, b], i) => console.log(i, isDeepStrictEqual(a, b)));
