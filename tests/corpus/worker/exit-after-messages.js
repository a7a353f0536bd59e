// worker_threads: a worker posts 50 messages synchronously and then exits via process.exit; every message is delivered before 'exit', and in order.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 50; i++) parentPort.postMessage(i);
  process.exit(4);
`, { eval: true });
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', (c) => {
  console.log('exit', c, 'received', got.length, 'in order', got.every((v, i) => v === i));
});
