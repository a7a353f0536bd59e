// net: an echo server and a client in one run: listen/connect/data/end/finish/close order on both sides, with ticks and immediates in between.
const net = require('net');
const log = (...a) => console.log(...a);
const server = net.createServer((sock) => {
  log('server: connection', sock.remoteAddress, sock.remoteFamily, typeof sock.remotePort);
  sock.on('data', (d) => { log('server: data', JSON.stringify(d.toString())); sock.write('pong:' + d); });
  sock.on('end', () => { log('server: end'); sock.end(); });
  sock.on('finish', () => log('server: finish'));
  sock.on('close', (hadError) => { log('server: close', hadError); server.close(() => log('server closed')); });
});
server.on('listening', () => log('listening', server.address().address, server.address().family));
server.listen(0, () => {
  log('listen cb');
  const c = net.connect(server.address().port, '127.0.0.1', () => log('client: connect cb'));
  c.on('connect', () => log('client: connect', c.remoteAddress, c.remotePort === server.address().port));
  c.on('ready', () => log('client: ready'));
  c.write('ping');
  log('pending', c.pending, c.connecting, c.readyState);
  c.on('data', (d) => { log('client: data', d.toString()); c.end(); });
  c.on('end', () => log('client: end'));
  c.on('finish', () => log('client: finish'));
  c.on('close', (hadError) => log('client: close', hadError, c.readyState, c.bytesRead, c.bytesWritten));
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
});
log('main done');
