// Checks assert.strictEqual pass and failure: error code, name, message for primitives.
const assert = require('assert');
assert.strictEqual(1, 1);
console.log('pass');
for (const [a, b] of [[1, 2], ['a', 'b'], [1, '1'], [NaN, 0]]) {
  try {
    assert.strictEqual(a, b);
  } catch (e) {
    console.log(e.code, e.name, e instanceof assert.AssertionError, e.operator);
    console.log(e.message);
  }
}
try { assert.strictEqual(1, 2, 'custom message'); } catch (e) { console.log(e.message, e.generatedMessage); }
