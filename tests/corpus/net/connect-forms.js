// net: net.connect / net.createConnection / new Socket().connect argument forms (port, port+host, options, callback) all reach the server and return the socket.
const net = require('net');
const log = console.log;
let n = 0;
const server = net.createServer((sock) => {
  sock.setEncoding('utf8');
  sock.on('data', (d) => { sock.end('ack ' + d); });
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const forms = [
    ['connect(port)', (cb) => net.connect(port, cb)],
    ['connect(port, host)', (cb) => net.connect(port, '127.0.0.1', cb)],
    ['connect({port, host})', (cb) => net.connect({ port, host: '127.0.0.1' }, cb)],
    ['createConnection(String(port))', (cb) => net.createConnection(String(port), cb)],
    ['createConnection({port})', (cb) => net.createConnection({ port }, cb)],
    ['new Socket().connect(port, host)', (cb) => new net.Socket().connect(port, '127.0.0.1', cb)],
    ['new Socket().connect({port})', (cb) => new net.Socket().connect({ port }, cb)],
  ];
  for (const [name, make] of forms) {
    await new Promise((resolve) => {
      let cbThis;
      const s = make(function () { cbThis = this; });
      log(name, s instanceof net.Socket, s.connecting);
      s.setEncoding('utf8');
      s.on('connect', () => s.write(String(++n)));
      s.on('data', (d) => log('  got', d, 'cb this is socket', cbThis === s, s.remoteAddress, s.remotePort === port));
      s.on('close', resolve);
    });
  }
  server.close(() => log('done'));
});
