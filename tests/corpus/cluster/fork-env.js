// cluster: the env object passed to fork() is added to the worker's process.env (values become strings), without replacing the inherited env; different workers get different values; run one at a time.
const cluster = require('cluster');
if (cluster.isPrimary) {
  process.env.INHERITED_VAR = 'from-primary';
  const envs = [{ COLOR: 'red', NUM: 42 }, { COLOR: 'blue', FLAG: true }];
  (async () => {
    for (const env of envs) {
      await new Promise((resolve) => {
        const w = cluster.fork(env);
        w.on('message', (m) => console.log('worker', w.id, JSON.stringify(m)));
        w.on('exit', (code) => { console.log('exit', w.id, code); resolve(); });
      });
    }
  })();
} else {
  const e = process.env;
  process.send({ COLOR: e.COLOR, NUM: e.NUM, FLAG: e.FLAG, inherited: e.INHERITED_VAR, numType: typeof e.NUM, isWorker: cluster.isWorker });
  process.disconnect();
}
