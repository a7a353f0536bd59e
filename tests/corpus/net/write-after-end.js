// net: write() after end() fails with ERR_STREAM_WRITE_AFTER_END via the callback and an 'error' event; destroy() after close is a no-op.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  sock.resume();
  sock.on('end', () => { log('server end'); sock.end(); });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.end('last');
    const ok = c.write('too late', (err) => log('write cb', err && err.code, err && err.message));
    log('write returned', ok);
    process.nextTick(() => log('tick'));
  });
  c.resume();
  c.on('error', (e) => log('error event', e.code));
  c.on('close', (h) => {
    log('close', h, c.destroyed);
    c.destroy();
    log('destroy again ok', c.destroyed);
    server.close(() => log('server closed'));
  });
});
