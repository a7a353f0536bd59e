// Checks assert/assert.ok with messages, an Error as message, assert.fail and assert.match.
const assert = require('assert');
assert(true);
assert.ok(1);
try { assert.ok(false, 'custom ok message'); } catch (e) { console.log(e.code, e.message, e.actual, e.expected); }
try { assert(0, new TypeError('thrown as is')); } catch (e) { console.log(e.name, e.message); }
try { assert.fail('failed on purpose'); } catch (e) { console.log(e.code, e.message); }
try { assert.match('abc', /x/, 'no match'); } catch (e) { console.log(e.message); }
assert.notStrictEqual(1, 2);
console.log(require('node:assert') === assert, typeof assert.strict);
