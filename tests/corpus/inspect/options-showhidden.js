// Checks util.inspect showHidden prints [length] on arrays and non-enumerable properties.
const util = require('util');
console.log(util.inspect([1, 2], { showHidden: true }));
const o = {};
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
o.visible = 'v';
console.log(util.inspect(o), util.inspect(o, { showHidden: true }));
