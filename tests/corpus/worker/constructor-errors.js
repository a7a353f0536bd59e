// worker_threads: Worker constructor errors: a relative path without ./ (ERR_WORKER_PATH), a non-string with eval, a non-string/URL filename, a function in workerData (DataCloneError), bad option types.
const { Worker } = require('worker_threads');
const attempts = [
  ['relative path', () => new Worker('worker.js')],
  ['eval non-string', () => new Worker(new URL('file:///x.js'), { eval: true })],
  ['number filename', () => new Worker(42)],
  ['function workerData', () => new Worker('0', { eval: true, workerData: { f() {} } })],
  ['bad argv', () => new Worker('0', { eval: true, argv: 'nope' })],
  ['bad execArgv', () => new Worker('0', { eval: true, execArgv: 'nope' })],
];
for (const [label, fn] of attempts) {
  try {
    const w = fn();
    console.log(label, 'no throw');
    w.terminate();
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
