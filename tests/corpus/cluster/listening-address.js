// cluster: the 'listening' event (on the worker and on cluster) reports the address object: port, address and addressType (4 for an IPv4 host) for a net server on fixed port 20418; the worker is then disconnected.
const cluster = require('cluster');
const net = require('net');
const PORT = 20418;
if (cluster.isPrimary) {
  const w = cluster.fork();
  cluster.on('listening', (worker, address) => console.log('cluster listening', worker.id, address));
  w.on('listening', (address) => {
    console.log('worker listening', address.port === PORT, address.addressType, address.address);
    w.disconnect();
  });
  w.on('exit', (code, signal) => console.log('exit', code, signal, w.exitedAfterDisconnect));
} else {
  const srv = net.createServer(() => {}).listen(PORT, '127.0.0.1', () => {
    const a = srv.address();
    process.send({ port: a.port === PORT, family: a.family });
  });
  process.on('message', () => {});
}
