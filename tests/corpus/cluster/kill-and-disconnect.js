// cluster: worker.kill() ends a worker with signal SIGTERM (code null); disconnect() lets an idle worker exit by itself (code 0, exitedAfterDisconnect true).
const cluster = require('cluster');
if (cluster.isPrimary) {
  const a = cluster.fork();
  a.on('online', () => setTimeout(() => a.kill(), 20));
  a.on('exit', (code, signal) => {
    console.log('a exit', code, signal, a.exitedAfterDisconnect);
    const b = cluster.fork();
    b.on('online', () => setTimeout(() => b.disconnect(), 20));
    b.on('disconnect', () => console.log('b disconnect'));
    b.on('exit', (c, s) => console.log('b exit', c, s, b.exitedAfterDisconnect));
  });
} else {
  process.on('message', () => {});
  process.on('disconnect', () => console.log('worker sees disconnect'));
}
