// net: writes made in one tick arrive together; a 200 KB write completes at once (loopback buffers are large) and arrives as 64 KiB reads; a 20 MB write waits for the reader, so write() returns false and 'drain' follows.
const net = require('net');
const server = net.createServer((sock) => {
  const sizes = [];
  sock.on('data', (d) => sizes.push(d.length));
  sock.on('end', () => {
    console.log('server got', sizes.reduce((a, b) => a + b, 0), 'bytes in', sizes.length > 3 ? 'several reads' : 'few reads');
    console.log('max read', Math.max(...sizes));
    server.close();
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.on('connect', () => {
    console.log('small', c.write('a'), c.write('b'), c.write('c'));
    const ok = c.write(Buffer.alloc(200 * 1024, 1));
    console.log('200 KB write returned', ok, c.writableLength, c.writableNeedDrain);
    const ok2 = c.write(Buffer.alloc(20 * 1024 * 1024, 1));
    console.log('20 MB write returned', ok2, c.writableLength, c.writableNeedDrain);
    c.once('drain', () => { console.log('drain', c.writableLength); c.end(); });
  });
});
