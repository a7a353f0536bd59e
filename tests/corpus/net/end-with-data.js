// net: socket.end(data, cb) writes the data then FIN; write callbacks run in order before 'finish' and the end callback; the peer gets all bytes then 'end'.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d.toString()));
  sock.on('end', () => { log('server end', JSON.stringify(chunks.join(''))); });
  sock.on('close', () => server.close(() => log('server closed')));
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    log('write1', c.write('one,', () => log('cb write1')));
    log('write2', c.write(Buffer.from('two,'), () => log('cb write2')));
    log('write3', c.write('74687265652c', 'hex', () => log('cb write3')));
    const r = c.end('four', () => log('cb end'));
    log('end returns socket', r === c, 'writableEnded', c.writableEnded, 'writableFinished', c.writableFinished);
    c.on('finish', () => log('finish', c.writableFinished));
    process.nextTick(() => log('tick'));
  });
  c.resume();
  c.on('close', (h) => log('client close', h, c.bytesWritten));
});
