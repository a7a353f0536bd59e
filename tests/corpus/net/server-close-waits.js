// net: server.close() stops accepting but 'close' waits until open connections end; getConnections; unref'd server lets the process exit.
const net = require('net');
const server = net.createServer((sock) => {
  server.getConnections((err, n) => console.log('connections', err, n));
  server.close(() => console.log('server close event'));
  console.log('listening after close()', server.listening);
  setTimeout(() => { console.log('ending socket'); sock.end(); }, 30);
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.resume();
  c.on('end', () => console.log('client end'));
  c.on('close', () => console.log('client close'));
});
const idle = net.createServer().listen(0, () => console.log('idle listening'));
idle.unref();
process.on('exit', () => console.log('exit'));
