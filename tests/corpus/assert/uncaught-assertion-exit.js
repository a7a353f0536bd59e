// Checks an uncaught AssertionError exits with code 1 after printing earlier output.
const assert = require('assert');
console.log('before');
assert.strictEqual(1, 2);
console.log('never');
