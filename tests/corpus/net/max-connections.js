// net: server.maxConnections = 1 accepts one client; the second is dropped ('drop' event on the server, the client sees the connection end/close without data).
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  log('server connection');
  sock.write('welcome');
});
server.maxConnections = 1;
server.on('drop', (data) => log('drop', typeof data, data && data.localAddress, data && typeof data.remotePort));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = net.connect(port, '127.0.0.1');
  a.setEncoding('utf8');
  a.on('data', (d) => {
    log('a data', d);
    const b = net.connect(port, '127.0.0.1');
    b.on('connect', () => log('b connect'));
    b.on('data', (x) => log('b data', x.toString()));
    b.on('error', (e) => log('b error', e.code));
    b.on('end', () => log('b end'));
    b.on('close', (h) => {
      log('b close');
      server.getConnections((err, n) => {
        log('connections', err, n);
        a.end();
        server.close(() => log('server closed'));
      });
    });
  });
  a.on('close', () => log('a close'));
});
