// Checks util.deprecate: wrapped function still works, and the DeprecationWarning 'warning' event fires once.
const util = require('util');
let warnings = 0;
process.on('warning', (w) => { warnings++; console.log('warning', w.name, w.message, w.code); });
const old = util.deprecate((a, b) => a + b, 'old() is deprecated', 'DEP_LOOPSCOPE');
console.log(old(1, 2));
console.log(old(3, 4));
setTimeout(() => console.log('warnings fired', warnings), 5);
