// net: socket.setTimeout(ms) returns the socket and sets socket.timeout; setTimeout(0) disables the timer (timeout becomes 0) but keeps the callback listener, which fires once the timer is re-enabled.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    log('server data', d.toString());
    if (d.toString() === 'done') sock.end();
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  log('initial timeout', c.timeout);
  const r = c.setTimeout(30, () => log('timeout callback (kept)'));
  log('returns socket', r === c, c.timeout, c.listenerCount('timeout'));
  c.setTimeout(0);
  log('after setTimeout(0)', c.timeout, c.listenerCount('timeout'));
  c.on('timeout', () => log('timeout listener'));
  c.on('connect', () => {
    setTimeout(() => {
      c.setTimeout(20);
      c.once('timeout', () => { log('timeout after re-enable'); c.setTimeout(0); c.write('done'); });
    }, 60);
  });
  c.on('end', () => { log('client end'); c.end(); });
  c.on('close', () => { log('client close'); server.close(); });
});
