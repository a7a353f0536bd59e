// net: createConnection with a host name emits 'lookup' (err, address, family, host) before 'connect'; with an IP literal there is no 'lookup'.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => sock.end('x'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const events = [];
  const c = net.createConnection({ port, host: 'localhost', family: 4 });
  c.on('lookup', (err, address, family, host) => { events.push('lookup'); log('lookup', err, address, family, host); });
  c.on('connect', () => events.push('connect'));
  c.on('data', () => events.push('data'));
  c.on('end', () => events.push('end'));
  c.on('close', () => {
    events.push('close');
    log('host name:', events.join(' '));
    const events2 = [];
    const d = net.createConnection({ port, host: '127.0.0.1' });
    d.on('lookup', () => events2.push('lookup'));
    d.on('connect', () => events2.push('connect'));
    d.on('data', () => events2.push('data'));
    d.on('end', () => events2.push('end'));
    d.on('close', () => {
      events2.push('close');
      log('ip literal:', events2.join(' '));
      server.close();
    });
  });
});
