// Pool completions run in the poll phase: after the immediate and the timer queued before them.
const crypto = require('crypto');
crypto.pbkdf2('a', 'b', 50000, 64, 'sha512', () => console.log('pbkdf2 done'));
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 0'), 0);
process.nextTick(() => console.log('tick'));
