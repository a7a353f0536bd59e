// worker_threads: three workers compute sha1/sha512/hmac digests of their workerData; results are gathered with Promise.all and printed in the order requested, with the same digests as the main thread.
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');
const crypto = require('crypto');
const digest = ({ alg, text }) =>
  alg === 'hmac' ? crypto.createHmac('sha256', 'key').update(text).digest('hex') : crypto.createHash(alg).update(text).digest('base64');
if (isMainThread) {
  const jobs = [{ alg: 'sha1', text: 'alpha' }, { alg: 'sha512', text: 'beta' }, { alg: 'hmac', text: 'gamma' }];
  Promise.all(jobs.map((job) => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: job });
    w.once('message', resolve);
    w.once('error', reject);
  }))).then((results) => {
    results.forEach((r, i) => console.log(jobs[i].alg, r, r === digest(jobs[i])));
  });
} else {
  parentPort.postMessage(digest(workerData));
}
