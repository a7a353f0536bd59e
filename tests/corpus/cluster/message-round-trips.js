// cluster: worker.send / process.send round trips for 4 rounds; the primary's cluster 'message' event receives (worker, message) in addition to the worker's own 'message' event; objects, arrays and null survive IPC.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const w = cluster.fork();
  cluster.on('message', (worker, m) => console.log('cluster message from', worker.id, JSON.stringify(m)));
  w.on('message', (m) => {
    console.log('worker message', JSON.stringify(m));
    if (m.round < 4) w.send({ round: m.round + 1, payload: [m.round, null, { k: 'v' }] });
    else w.disconnect();
  });
  w.on('exit', (code, signal) => console.log('exit', code, signal));
  w.send({ round: 1, payload: 'start' });
} else {
  process.on('message', (m) => {
    process.send({ round: m.round, echo: m.payload, id: cluster.worker.id });
  });
}
