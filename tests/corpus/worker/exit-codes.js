// worker_threads: process.exit(n) in a worker gives 'exit' code n (0, 5, 255), process.exitCode is used when the worker ends naturally; code after process.exit does not run; the main process is unaffected.
const { Worker } = require('worker_threads');
const cases = [
  `process.exit(0)`,
  `process.exit(5); require('worker_threads').parentPort.postMessage('unreachable')`,
  `process.exit(255)`,
  `process.exitCode = 9`,
  `require('worker_threads').parentPort.postMessage('hi'); setTimeout(() => process.exit(2), 5)`,
];
(async () => {
  for (const code of cases) {
    await new Promise((resolve) => {
      const w = new Worker(code, { eval: true });
      w.on('message', (m) => console.log('message', m));
      w.on('exit', (c) => { console.log('exit', c); resolve(); });
    });
  }
  console.log('main exitCode', process.exitCode);
})();
