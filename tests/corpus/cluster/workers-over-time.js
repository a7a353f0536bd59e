// cluster: cluster.workers over time: filled at fork(), worker state at fork/online/exit, an entry removed once its worker exits, cluster.worker undefined in the primary and set in the worker.
const cluster = require('cluster');
if (cluster.isPrimary) {
  console.log('start', Object.keys(cluster.workers), cluster.worker);
  const a = cluster.fork();
  console.log('after fork a', Object.keys(cluster.workers), a.state, cluster.workers[1] === a);
  a.on('online', () => {
    console.log('a online', a.state);
    const b = cluster.fork();
    console.log('after fork b', Object.keys(cluster.workers));
    b.on('online', () => { console.log('b online', Object.keys(cluster.workers)); a.kill(); });
    a.on('exit', () => {
      console.log('a exit', a.state, Object.keys(cluster.workers));
      b.on('exit', () => console.log('b exit', b.state, Object.keys(cluster.workers)));
      b.kill();
    });
  });
} else {
  process.on('message', () => {});
  process.send({ me: cluster.worker.id });
}
