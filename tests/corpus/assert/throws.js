// Checks assert.throws with error class, regex, validation object and the missing-exception failure.
const assert = require('assert');
assert.throws(() => { throw new TypeError('bad type'); }, TypeError);
assert.throws(() => { throw new Error('match me'); }, /match/);
assert.throws(() => { throw new RangeError('r'); }, { name: 'RangeError', message: 'r' });
console.log('three throws passed');
try {
  assert.throws(() => {});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  assert.throws(() => { throw new Error('other'); }, /nomatch/);
} catch (e) {
  console.log('regex mismatch', e.code);
}
assert.doesNotThrow(() => 1);
console.log('doesNotThrow passed');
