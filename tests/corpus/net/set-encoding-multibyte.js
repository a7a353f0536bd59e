// net: setEncoding('utf8') reassembles a multi-byte character split across separate reads; 'hex' and 'base64' encodings give strings per read; without setEncoding data is a Buffer.
const net = require('net');
const log = console.log;
const server = net.createServer((sock) => {
  // one piece per ack, so the pieces arrive as separate reads
  const euro = Buffer.from('€uro');
  const pieces = [euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)];
  let i = 0;
  const send = () => { if (i === pieces.length) return; const p = pieces[i++]; if (i === pieces.length) sock.end(p); else sock.write(p); };
  sock.on('data', send);
  send();
});
function read(enc) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port);
    if (enc) c.setEncoding(enc);
    const parts = [];
    // ack every read (even one that yields no complete character) by watching bytesRead
    let seen = 0;
    const iv = setInterval(() => { if (c.bytesRead > seen) { seen = c.bytesRead; c.write('k'); } }, 2);
    c.on('data', (d) => parts.push(d));
    c.on('end', () => {
      log(enc, parts.map((p) => (Buffer.isBuffer(p) ? 'Buffer' : typeof p) + ':' + (Buffer.isBuffer(p) ? p.toString('hex') : JSON.stringify(p))).join(' '));
      clearInterval(iv);
      c.end();
    });
    c.on('close', resolve);
  });
}
server.listen(0, async () => {
  await read('utf8');
  await read('hex');
  await read('base64');
  await read(undefined);
  server.close();
});
