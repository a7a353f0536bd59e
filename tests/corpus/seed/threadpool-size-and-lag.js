// Seed "UV_THREADPOOL_SIZE" + event-loop lag: with 5 pool threads the tiny fifth pbkdf2 no longer queues; lag comes only from blocking the main thread.
// Setting a higher thread pool size: must be set before any I/O operations
process.env.UV_THREADPOOL_SIZE = '5';
const crypto = require('crypto');
const hash = (iterations, done) => crypto.pbkdf2('secret', 'salt', iterations, 64, 'sha512', done);

// Monitoring event loop lag (the seed's check): how late does an immediate run?
function checkLag(label) {
  const start = process.hrtime.bigint();
  setImmediate(() => {
    const lag = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(label, '- lag > 100 ms:', lag > 100);
  });
}

// The same five calls as the exhaustion example, now one thread each.
let finished = 0;
const done = (name) => () => {
  console.log(name, 'done');
  if (++finished === 1) checkLag('pool still busy, main thread free');
  if (finished === 5) {
    checkLag('main thread blocked by pbkdf2Sync');
    crypto.pbkdf2Sync('secret', 'salt', 200000, 64, 'sha512'); // runs on the main thread
  }
};
hash(25000, done('call 1 (short)'));
hash(150000, done('a long call'));
hash(150000, done('a long call'));
hash(150000, done('a long call'));
hash(1, done('call 5 (tiny, no longer queued)'));
