// stream/promises pipeline with a Transform upper-casing chunks (the seed's pipeline example, in memory).
const { Readable, Transform, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const out = [];
async function processFile() {
  await pipeline(
    Readable.from(['alpha,1\n', 'beta,2\n', 'gamma,3\n']),
    new Transform({
      transform(chunk, encoding, callback) {
        const processed = chunk.toString().toUpperCase();
        callback(null, processed);
      },
    }),
    new Writable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } }),
  );
  console.log('Pipeline completed');
}
processFile().then(() => console.log(out.join('')));
