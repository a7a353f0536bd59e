// worker_threads: an uncaught error in a worker becomes the parent's 'error' event (exit code 1); process.exit(n) in a worker ends only the worker; eval workers; terminate() of a running worker resolves with exit code 1.
const { Worker } = require('worker_threads');
const run = (code, label) => new Promise((resolve) => {
  const w = new Worker(code, { eval: true });
  w.on('message', (m) => console.log(label, 'message', m));
  w.on('error', (e) => console.log(label, 'error', e.name, e.message, e instanceof Error));
  w.on('exit', (c) => { console.log(label, 'exit', c); resolve(); });
});
(async () => {
  await run(`require('worker_threads').parentPort.postMessage('before'); setTimeout(() => { throw new RangeError('boom'); }, 10)`, 'thrower');
  await run(`process.exit(7)`, 'exiter');
  await run(`const { parentPort } = require('worker_threads'); parentPort.postMessage(typeof require('fs').readFileSync)`, 'plain');
  const w = new Worker(`setInterval(() => {}, 1000)`, { eval: true });
  w.on('exit', (c) => console.log('forever exit event', c));
  w.on('online', () => setTimeout(async () => console.log('terminated with', await w.terminate()), 20));
})();
