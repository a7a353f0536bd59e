// worker_threads: a pool of 2 workers processes a queue of 6 jobs; each job is awaited before the next is sent, so results come back in queue order; workers are then told to exit.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const pool = [new Worker(__filename), new Worker(__filename)];
  const run = (w, job) => new Promise((resolve) => { w.once('message', resolve); w.postMessage(job); });
  (async () => {
    const jobs = [3, 10, 7, 1, 20, 15];
    const results = [];
    for (let i = 0; i < jobs.length; i++) {
      const w = pool[i % 2];
      const r = await run(w, { id: i, n: jobs[i] });
      results.push(r);
      console.log('job', r.id, 'worker', i % 2, 'fib', r.fib);
    }
    const codes = await Promise.all(pool.map((w) => new Promise((res) => { w.once('exit', res); w.postMessage(null); })));
    console.log('results', results.length, 'exit codes', codes);
  })();
} else {
  const fib = (n) => (n < 2 ? n : fib(n - 1) + fib(n - 2));
  parentPort.on('message', (job) => {
    if (job === null) { process.exit(0); }
    parentPort.postMessage({ id: job.id, fib: fib(job.n) });
  });
}
