// seed: the cluster HTTP server with auto-restart. Changes: logs use worker ids, not pids, and print facts that hold for any core count or start order, because node's pids, start order and core count vary. Once every worker listens, the primary sends 8 requests, then crashes one worker to show the restart, then shuts the cluster down.
const cluster = require('cluster');
const http = require('http');
const numCPUs = require('os').cpus().length;

if (cluster.isPrimary) {
  console.log('Primary is running');
  // Fork workers
  for (let i = 0; i < numCPUs; i++) {
    cluster.fork();
  }
  let shuttingDown = false;
  let listening = 0;
  cluster.on('exit', (worker, code, signal) => {
    if (shuttingDown) return;
    console.log(`Worker died (${signal || code}). Restarting...`);
    cluster.fork(); // Auto-restart crashed workers
  });
  cluster.on('listening', async () => {
    listening++;
    if (listening === numCPUs) {
      const counts = {};
      for (let i = 0; i < 8; i++) {
        const body = await new Promise((resolve) => http.get({ port: 8000, host: '127.0.0.1', agent: false }, (res) => {
          let b = '';
          res.on('data', (c) => (b += c));
          res.on('end', () => resolve(b));
        }));
        counts[body] = (counts[body] || 0) + 1;
      }
      console.log('8 requests, spread evenly over all workers:', Object.keys(counts).length === Math.min(numCPUs, 8) && Object.values(counts).every((n) => n === 8 / numCPUs));
      Object.values(cluster.workers)[0].send('crash');
    } else if (listening === numCPUs + 1) {
      console.log('the restarted worker listens too; workers:', Object.keys(cluster.workers).length === numCPUs);
      shuttingDown = true;
      for (const id in cluster.workers) cluster.workers[id].kill();
    }
  });
} else {
  http.createServer((req, res) => {
    res.writeHead(200);
    res.end(`Handled by worker ${cluster.worker.id}\n`);
  }).listen(8000);
  process.on('message', (m) => { if (m === 'crash') process.exit(1); });
}
