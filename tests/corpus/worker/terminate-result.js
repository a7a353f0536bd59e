// worker_threads: terminate() after 'online' returns a promise that resolves with exit code 1; 'exit' fires with 1; terminate() of an already-exited worker resolves with undefined.
const { Worker } = require('worker_threads');
const w = new Worker(`setInterval(() => {}, 1000)`, { eval: true });
w.on('exit', (c) => console.log('exit event', c));
w.on('online', async () => {
  console.log('online');
  const p = w.terminate();
  console.log('is promise', p instanceof Promise);
  const code = await p;
  console.log('terminate resolved', code);
  const again = await w.terminate();
  console.log('second terminate', again);
  const w2 = new Worker(`0`, { eval: true });
  w2.on('exit', async (c) => {
    console.log('w2 exit', c);
    console.log('terminate after exit', await w2.terminate());
  });
});
