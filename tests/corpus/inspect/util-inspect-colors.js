// Checks util.inspect with colors:true emits ANSI codes (shown escaped via JSON.stringify) and colors:false does not.
const util = require('util');
console.log(JSON.stringify(util.inspect({ n: 1, s: 'x', b: true, u: undefined, nl: null }, { colors: true })));
console.log(JSON.stringify(util.inspect([1, 'a'], { colors: false })));
