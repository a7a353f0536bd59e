// net: relative order of the server's 'connection', the client's 'connect', and ticks/immediates/promises scheduled from the listen callback; data written before connect is sent once connected.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  log('server connection');
  process.nextTick(() => log('tick from connection'));
  Promise.resolve().then(() => log('promise from connection'));
  setImmediate(() => log('immediate from connection'));
  sock.on('data', (d) => { log('server data', d.toString()); sock.end(); });
  sock.on('close', () => server.close(() => log('server closed')));
});
server.listen(0, '127.0.0.1', () => {
  log('listen cb');
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('early');
  log('after write, connecting', c.connecting, 'writableLength', c.writableLength);
  c.on('connect', () => {
    log('client connect');
    process.nextTick(() => log('tick from connect'));
    setImmediate(() => log('immediate from connect'));
  });
  c.resume();
  c.on('end', () => log('client end'));
  c.on('close', () => log('client close'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise'));
  setImmediate(() => log('immediate'));
});
