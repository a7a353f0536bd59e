// Checks util.inspect maxArrayLength and maxStringLength options.
const util = require('util');
console.log(util.inspect([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
console.log(util.inspect([1, 2, 3], { maxArrayLength: 0 }));
console.log(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }));
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }));
console.log(util.inspect(['long string value'], { maxStringLength: 4 }));
