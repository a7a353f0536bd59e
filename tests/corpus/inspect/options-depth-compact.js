// Checks util.inspect options depth and compact.
const util = require('util');
const obj = { a: { b: { c: { d: { e: 'end' } } } }, arr: [1, [2, [3, [4]]]] };
console.log(util.inspect(obj, { depth: 0 }));
console.log(util.inspect(obj, { depth: 1 }));
console.log(util.inspect(obj, { depth: Infinity }));
console.log(util.inspect(obj, { compact: false }));
console.log(util.inspect(obj, { compact: true }));
console.log(util.inspect({ a: 1, b: { c: 2 } }, { compact: 1 }));
