// worker_threads: postMessage from inside a worker throws DataCloneError for a function, a symbol and an object holding a function; the port still works afterwards.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const out = [];
  for (const v of [() => 1, Symbol('s'), { nested: { fn() {} } }]) {
    try { parentPort.postMessage(v); out.push('sent'); } catch (e) { out.push([e.name, e.message, e instanceof Error]); }
  }
  parentPort.postMessage(out);
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
