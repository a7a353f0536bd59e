// http: a 1 MB response streamed through the socket: the client gets it in many 'data' chunks and the byte count matches; res.write returns false under backpressure and 'drain' continues.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunk = Buffer.alloc(64 * 1024, 120);
  let sent = 0, falses = 0;
  const pump = () => {
    while (sent < 16) {
      sent++;
      if (!res.write(chunk)) { falses++; res.once('drain', pump); return; }
    }
    res.end(() => console.log('server done, write() returned false', falses > 0 ? 'sometimes' : 'never'));
  };
  pump();
});
server.listen(0, () => {
  http.get({ port: server.address().port }, (res) => {
    let n = 0, chunks = 0;
    res.on('data', (c) => { n += c.length; chunks++; });
    res.on('end', () => { console.log('client got', n, 'bytes', chunks > 1 ? 'in many chunks' : 'in one chunk', res.headers['transfer-encoding']); server.close(); });
  });
});
