// cluster: three fork() calls give ids 1, 2, 3 synchronously; the 'fork' events fire in fork order; cluster.workers keys track live workers; 'online' and 'exit' are collected and printed sorted after all workers disconnect.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const forks = [];
  cluster.on('fork', (w) => forks.push(w.id));
  const ws = [cluster.fork(), cluster.fork(), cluster.fork()];
  console.log('ids', ws.map((w) => w.id), 'keys', Object.keys(cluster.workers), 'fork events so far', forks.length);
  const online = [], exits = [];
  cluster.on('online', (w) => {
    online.push(w.id);
    if (online.length === 3) {
      console.log('fork events', forks, 'online sorted', online.slice().sort());
      for (const w of ws) w.disconnect();
    }
  });
  cluster.on('exit', (w, code, signal) => {
    exits.push(`${w.id}:${code}:${signal}:${w.exitedAfterDisconnect}`);
    if (exits.length === 3) console.log('exits', exits.sort(), 'workers left', Object.keys(cluster.workers));
  });
} else {
  process.on('message', () => {});
}
