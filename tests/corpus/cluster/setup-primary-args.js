// cluster: setupPrimary({ args }) sets the worker's process.argv tail and emits 'setup' with the settings; cluster.settings reflects it; a second setupPrimary call merges settings.
const cluster = require('cluster');
if (cluster.isPrimary) {
  cluster.on('setup', (s) => console.log('setup event', s.args, s.silent));
  cluster.setupPrimary({ args: ['--alpha', 'beta'] });
  cluster.setupPrimary({ silent: false });
  console.log('settings', cluster.settings.args, cluster.settings.silent, typeof cluster.settings.exec);
  const w = cluster.fork();
  w.on('message', (m) => console.log('worker argv tail', m));
  w.on('exit', (code) => console.log('exit', code));
} else {
  process.send(process.argv.slice(2));
  process.disconnect();
}
