// Rule 12: without sockets no handle closes in the close phase; a destroyed stream emits 'close' via process.nextTick (a file stream after its fd is closed).
const fs = require('fs');
const { Readable } = require('stream');

// An in-memory stream: destroy() queues 'close' on the nextTick queue.
const memory = new Readable({ read() {} });
memory.on('close', () => console.log('memory stream: close'));
memory.destroy();
process.nextTick(() => console.log('tick queued after destroy()'));
console.log('main: destroyed =', memory.destroyed);

// A file stream: destroy() first closes the file descriptor on the thread pool.
const file = fs.createReadStream(__filename);
file.on('open', () => {
  console.log('file stream: open');
  file.destroy();
  process.nextTick(() => console.log('tick queued after file.destroy()'));
  setImmediate(() => console.log('immediate (check phase)'));
});
file.on('close', () => console.log('file stream: close'));
