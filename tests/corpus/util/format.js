// Checks util.format and util.formatWithOptions return strings matching console.log formatting.
const util = require('util');
console.log(JSON.stringify(util.format('%s=%d', 'x', 5)));
console.log(JSON.stringify(util.format('a', 'b', { c: 1 })));
console.log(JSON.stringify(util.format()));
console.log(JSON.stringify(util.format(1, 2)));
console.log(JSON.stringify(util.format('%s', 'only', 'extra')));
console.log(JSON.stringify(util.formatWithOptions({ compact: false }, '%O', { a: 1 })));
console.log(JSON.stringify(util.format('%o', 'str')));
