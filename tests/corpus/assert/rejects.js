// Checks assert.rejects and assert.doesNotReject with promises and async functions.
const assert = require('assert');
(async () => {
  await assert.rejects(Promise.reject(new Error('nope')), /nope/);
  console.log('rejects passed');
  await assert.rejects(async () => { throw new TypeError('t'); }, TypeError);
  console.log('rejects fn passed');
  try {
    await assert.rejects(Promise.resolve(1));
  } catch (e) {
    console.log(e.code, e.message);
  }
  await assert.doesNotReject(Promise.resolve(2));
  console.log('doesNotReject passed');
})();
