// Seed "Thread Pool Exhaustion" (Rule 10): five pbkdf2 calls, 4 pool threads: the tiny fifth call queues until a thread frees up.
const crypto = require('crypto');
const hash = (iterations, done) => crypto.pbkdf2('secret', 'salt', iterations, 64, 'sha512', done);

// Calls 1-4 take one pool thread each (UV_THREADPOOL_SIZE defaults to 4).
hash(25000, () => console.log('call 1 (short) done'));
hash(150000, () => console.log('a long call done'));
hash(150000, () => console.log('a long call done'));
hash(150000, () => console.log('a long call done'));
// Call 5 needs almost no work, but every thread is busy: it waits in the queue
// until call 1 frees its thread, so it finishes second, not first.
hash(1, () => console.log('call 5 (tiny, queued) done'));

setTimeout(() => console.log('timer: the main thread stays free meanwhile'), 0);
