// net: destroy() on one side: the peer sees 'end' (FIN) or ECONNRESET when unread data was left; 'close' hadError flags; write after the peer ended.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    console.log('server data', d.toString());
    sock.destroy();
    console.log('server destroyed', sock.destroyed, sock.readyState);
  });
  sock.on('close', (h) => console.log('server close', h));
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('hi'));
  c.on('end', () => { console.log('client end'); });
  c.on('error', (e) => console.log('client error', e.code));
  c.on('close', (h) => { console.log('client close', h); server.close(() => console.log('server closed')); });
});
