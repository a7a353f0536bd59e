// net: connecting to a port nothing listens on fails with ECONNREFUSED (poll phase), then 'close' with hadError in the close phase.
const net = require('net');
const srv = net.createServer().listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  srv.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (e) => console.log('error', e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address, e.port === port));
    c.on('close', (h) => console.log('close', h, c.destroyed));
    setImmediate(() => console.log('immediate 1'));
    process.nextTick(() => console.log('tick'));
    c.on('connect', () => console.log('never'));
  });
});
