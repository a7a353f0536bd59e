// Checks timers/promises setTimeout rejects with AbortError (code ABORT_ERR) when its signal aborts.
const { setTimeout: sleep } = require('timers/promises');
const ac = new AbortController();
sleep(1000, 'never', { signal: ac.signal }).then(
  (v) => console.log('resolved', v),
  (e) => console.log('rejected', e.name, e.code, e.message)
);
const pre = AbortController.prototype.constructor ? new AbortController() : null;
pre.abort();
sleep(10, 'x', { signal: pre.signal }).catch((e) => console.log('pre-aborted', e.name, e.code));
setTimeout(() => ac.abort(), 5);
