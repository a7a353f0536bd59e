// Checks util.inspect of primitives at top level (quoted strings) vs console.log (raw).
const util = require('util');
for (const v of ['str', 42, -0, 1n, true, null, undefined, Symbol('x'), NaN]) console.log(util.inspect(v));
console.log(util.inspect("it's"), util.inspect('a\nb'));
