// util.promisify(zlib.gzip) and createGzip/createGunzip streams through pipeline (async work on the thread pool).
const zlib = require('zlib');
const util = require('util');
const { pipeline, Readable, Writable } = require('stream');
const gzip = util.promisify(zlib.gzip);
const gunzip = util.promisify(zlib.gunzip);
(async () => {
  const packed = await gzip('promisified');
  console.log((await gunzip(packed)).toString());
  const chunks = [];
  pipeline(
    Readable.from(['stream ', 'of ', 'text ', 'chunks']),
    zlib.createGzip(),
    zlib.createGunzip(),
    new Writable({ write(c, e, cb) { chunks.push(c); cb(); } }),
    (err) => console.log('pipeline', err, Buffer.concat(chunks).toString()),
  );
})();
