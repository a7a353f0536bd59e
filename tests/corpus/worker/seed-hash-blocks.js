// seed: the worker-threads example (hash three blocks in three workers, Promise.all) with the file re-run as the worker; the top-level await of the seed is wrapped in an async function (node rejects it in CommonJS).
const { Worker, isMainThread, parentPort, workerData, threadId } = require('worker_threads');
if (isMainThread) {
  async function computeHash(data) {
    return new Promise((resolve, reject) => {
      const worker = new Worker(__filename, { workerData: { data } });
      worker.on('message', resolve);
      worker.on('error', reject);
    });
  }
  (async () => {
    const results = await Promise.all([computeHash('block-1'), computeHash('block-2'), computeHash('block-3')]);
    console.log(results);
  })();
} else {
  const crypto = require('crypto');
  const hash = crypto.createHash('sha256').update(workerData.data).digest('hex');
  parentPort.postMessage(hash);
}
