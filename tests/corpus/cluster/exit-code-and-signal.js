// cluster: the 'exit' event args (code, signal, exitedAfterDisconnect, isDead) for a worker that calls process.exit(4), one that throws (code 1) and one killed with SIGKILL (code null); run one at a time.
const cluster = require('cluster');
if (cluster.isPrimary) {
  const modes = ['exit4', 'throw', 'sigkill'];
  const runOne = (mode) => new Promise((resolve) => {
    const w = cluster.fork({ MODE: mode });
    w.on('online', () => {
      if (mode === 'sigkill') w.process.kill('SIGKILL');
      else w.send('go');
    });
    w.on('exit', (code, signal) => {
      console.log(mode, 'id', w.id, 'code', code, 'signal', signal, 'afterDisconnect', w.exitedAfterDisconnect, 'dead', w.isDead());
      resolve();
    });
  });
  (async () => {
    for (const m of modes) await runOne(m);
    console.log('workers left', Object.keys(cluster.workers).length);
  })();
} else {
  process.on('message', () => {
    if (process.env.MODE === 'exit4') process.exit(4);
    if (process.env.MODE === 'throw') throw new Error('worker boom');
  });
}
