// net: an echo server built with sock.pipe(sock); the client's data comes back, the server's end follows the client's end (pipe ends the writable), both close cleanly.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  sock.pipe(sock);
  sock.on('end', () => log('server end'));
  sock.on('finish', () => log('server finish'));
  sock.on('close', (h) => { log('server close', h); server.close(() => log('server closed')); });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setEncoding('utf8');
  let got = '';
  const parts = ['alpha ', 'beta ', 'gamma'];
  c.on('connect', () => {
    let i = 0;
    const next = () => {
      if (i === parts.length) { c.end(); return; }
      c.write(parts[i++]);
      setTimeout(next, 5);
    };
    next();
  });
  c.on('data', (d) => { got += d; });
  c.on('end', () => log('client end', JSON.stringify(got)));
  c.on('close', (h) => log('client close', h));
});
