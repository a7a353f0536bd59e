// Checks util.isArray, util.inspect.defaultOptions shape, util.types vs util.types.isDate, and util.stripVTControlCharacters.
const util = require('util');
console.log(util.isArray([]), util.isArray({}));
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m')));
console.log(require('node:util') === util);
console.log(util.toUSVString('a\ud800b'));
