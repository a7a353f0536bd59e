// net: for await over a socket collects the chunks; the server uses allowHalfOpen to answer after the client's end.
const net = require('net');
const server = net.createServer({ allowHalfOpen: true }, async (sock) => {
  let body = '';
  for await (const chunk of sock) body += chunk;
  console.log('server read', body);
  sock.end(body.toUpperCase());
});
server.listen(0, async () => {
  const c = net.createConnection({ port: server.address().port, host: 'localhost' });
  c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
  c.end('hello over tcp');
  let reply = '';
  for await (const chunk of c) reply += chunk;
  console.log('client read', reply);
  server.close(() => console.log('closed'));
});
