// net: server.getConnections counts accepted sockets as clients connect and disconnect; the callback is async (after the current tick).
const net = require('net');
const log = console.log;
const socks = [];
const count = (label) => new Promise((r) => {
  let sync = true;
  server.getConnections((err, n) => { log(label, err, n, 'async', !sync); r(); });
  sync = false;
});
const server = net.createServer((sock) => { socks.push(sock); sock.resume(); });
server.listen(0, async () => {
  const port = server.address().port;
  await count('before');
  const clients = [];
  for (let i = 0; i < 3; i++) {
    const c = net.connect(port);
    await new Promise((r) => c.on('connect', r));
    clients.push(c);
  }
  while (socks.length < 3) await new Promise((r) => setTimeout(r, 5));
  await count('three');
  clients[0].end();
  await new Promise((r) => socks[0].on('close', r));
  await count('after one closed');
  clients[1].destroy();
  clients[2].destroy();
  await Promise.all([socks[1], socks[2]].map((s) => new Promise((r) => s.on('close', r))));
  await count('after all closed');
  server.close(() => log('closed'));
});
