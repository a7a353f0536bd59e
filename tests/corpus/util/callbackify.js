// Checks util.callbackify: resolved value to (null, value), rejection to (err), falsy rejection wrapped in ERR_FALSY_VALUE_REJECTION.
const util = require('util');
const ok = util.callbackify(async (x) => x + 1);
ok(1, (err, v) => console.log('ok', err, v));
const bad = util.callbackify(async () => { throw new Error('failed'); });
bad((err) => console.log('bad', err.message));
const falsy = util.callbackify(() => Promise.reject(null));
falsy((err) => console.log('falsy', err.code, err.message, err.reason));
const zero = util.callbackify(() => Promise.reject(0));
zero((err) => console.log('zero', err.code, err.reason));
