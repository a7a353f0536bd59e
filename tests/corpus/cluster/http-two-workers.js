// cluster: two workers share an HTTP server on fixed port 20417; the primary waits for both 'listening' events, sends 6 requests one after another and prints only order-independent facts (count, distinct bodies, status), then kills the workers.
const cluster = require('cluster');
const http = require('http');
const PORT = 20417;
if (cluster.isPrimary) {
  const ws = [cluster.fork(), cluster.fork()];
  let listening = 0;
  const get = () => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: PORT, path: '/x', agent: false }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (b += c));
      res.on('end', () => resolve([res.statusCode, b]));
    }).on('error', reject);
  });
  cluster.on('listening', async (w, addr) => {
    if (++listening < 2) return;
    const bodies = [];
    const statuses = new Set();
    for (let i = 0; i < 6; i++) {
      const [status, body] = await get();
      statuses.add(status);
      bodies.push(body);
    }
    const ids = new Set(bodies.map((b) => b.split(' ')[1]));
    console.log('responses', bodies.length, 'statuses', [...statuses], 'all bodies well-formed', bodies.every((b) => /^worker [12] \/x$/.test(b)), 'distinct workers <= 2', ids.size <= 2);
    let exited = 0;
    cluster.on('exit', (wk, code, signal) => { if (++exited === 2) console.log('both exited', signal); });
    for (const wk of ws) wk.kill();
  });
} else {
  http.createServer((req, res) => {
    res.end(`worker ${cluster.worker.id} ${req.url}`);
  }).listen(PORT);
}
