// worker_threads: setEnvironmentData values are copied into workers created afterwards (getEnvironmentData); changes inside the worker do not reach the main thread; argv option appears in the worker's process.argv.
const { Worker, isMainThread, parentPort, setEnvironmentData, getEnvironmentData } = require('worker_threads');
if (isMainThread) {
  setEnvironmentData('config', { level: 3 });
  setEnvironmentData('name', 'env-test');
  const w = new Worker(__filename, { argv: ['--flag', 7] });
  w.on('message', (m) => console.log('worker saw', m));
  w.on('exit', (c) => console.log('exit', c, 'main still', getEnvironmentData('name'), getEnvironmentData('missing')));
} else {
  const cfg = getEnvironmentData('config');
  setEnvironmentData('name', 'changed');
  parentPort.postMessage([cfg, getEnvironmentData('name'), process.argv.slice(2)]);
}
