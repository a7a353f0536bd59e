// net: socket.setTimeout emits 'timeout' after inactivity (the socket stays open until destroyed); activity restarts the timer.
const net = require('net');
const server = net.createServer((sock) => {
  sock.setTimeout(40, () => { console.log('server timeout'); sock.destroy(); });
  sock.on('data', (d) => console.log('server data', d.toString()));
  sock.on('close', () => { console.log('server sock close'); server.close(); });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('connect', () => {
    setTimeout(() => c.write('a'), 25);
    setTimeout(() => c.write('b'), 50);
  });
  c.on('end', () => console.log('client end'));
  c.on('close', () => console.log('client close'));
});
