// cluster: fork → 'fork' (next tick) → 'online' → IPC messages both ways → the worker exits by itself → 'disconnect' then 'exit' with its code; isPrimary/isWorker/isMaster, worker ids, NODE_UNIQUE_ID hidden from the worker's env.
const cluster = require('cluster');
if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.worker);
  const w = cluster.fork({ GREETING: 'hi' });
  console.log('forked id', w.id, typeof w.process.pid, Object.keys(cluster.workers));
  cluster.on('fork', (wk) => console.log('fork event', wk.id));
  w.on('online', () => console.log('online', w.state));
  w.on('message', (m) => {
    console.log('primary got', m);
    if (m.ready) w.send({ task: [1, 2, 3] });
  });
  w.on('disconnect', () => console.log('disconnect'));
  w.on('exit', (code, signal) => console.log('exit', code, signal, w.isDead(), w.exitedAfterDisconnect, Object.keys(cluster.workers)));
} else {
  console.log('worker', cluster.isPrimary, cluster.isWorker, cluster.worker.id, process.env.GREETING, process.env.NODE_UNIQUE_ID);
  process.send({ ready: true });
  process.on('message', (m) => {
    process.send({ sum: m.task.reduce((a, b) => a + b, 0) });
    setTimeout(() => process.exit(3), 10);
  });
}
