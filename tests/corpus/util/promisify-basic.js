// Checks util.promisify on a Node-style callback API: resolves with the value, rejects with the error.
const util = require('util');
function cbApi(x, cb) { setTimeout(() => (x < 0 ? cb(new Error('negative')) : cb(null, x * 2)), 1); }
const p = util.promisify(cbApi);
p(21).then((v) => console.log('value', v));
p(-1).catch((e) => console.log('error', e.message));
function multi(cb) { cb(null, 'first', 'ignored'); }
util.promisify(multi)().then((v) => console.log('only first value:', v));
function syncThrow() { throw new Error('sync throw'); }
util.promisify(syncThrow)().catch((e) => console.log('sync throw becomes rejection:', e.message));
