// Checks typeof module, exports, require, __filename, __dirname and that `this === module.exports` at top level.
console.log(typeof module, typeof exports, typeof require, typeof __filename, typeof __dirname);
console.log(this === module.exports, exports === module.exports);
console.log(__filename.endsWith('.js'), require.main === module);
console.log(typeof require.resolve, typeof require.cache);
(function () { console.log('sloppy fn this is globalThis', this === globalThis); })();
(function () { 'use strict'; console.log('strict fn this', this); })();
