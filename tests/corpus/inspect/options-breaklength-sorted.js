// Checks util.inspect options breakLength and sorted.
const util = require('util');
const obj = { zeta: 1, alpha: 2, mid: { y: 1, b: 2 } };
console.log(util.inspect(obj, { sorted: true }));
console.log(util.inspect(obj, { breakLength: 10 }));
console.log(util.inspect(obj, { breakLength: Infinity, compact: 3 }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect({ c: 1, a: 2, b: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }));
