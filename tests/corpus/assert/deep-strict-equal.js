// Checks assert.deepStrictEqual pass and fail (message contains a diff), notDeepStrictEqual.
const assert = require('assert');
assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
console.log('deep pass');
try {
  assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 });
} catch (e) {
  console.log(e.code, e.operator);
  console.log(e.message);
}
assert.notDeepStrictEqual([1], ['1']);
console.log('notDeep pass');
try { assert.deepEqual(1, 2); } catch (e) { console.log(e.operator); }
