// http: a POST with Content-Length (no chunking): the server sees content-length, no transfer-encoding, 'data' before 'end', req.complete flips at 'end'; the body is echoed back.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  log('server', req.method, req.headers['content-length'], req.headers['transfer-encoding'], 'complete', req.complete);
  const chunks = [];
  req.on('data', (c) => { chunks.push(c); log('req data', typeof c, Buffer.isBuffer(c)); });
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    log('req end', JSON.stringify(body), 'complete', req.complete);
    res.setHeader('Content-Type', 'text/plain');
    res.end('echo:' + body);
  });
  req.on('close', () => log('req close'));
});
server.listen(0, () => {
  const body = 'name=loop&value=42';
  const req = http.request({ port: server.address().port, method: 'POST', path: '/form', agent: false, headers: { 'Content-Length': Buffer.byteLength(body), 'Content-Type': 'application/x-www-form-urlencoded' } }, (res) => {
    let b = '';
    res.on('data', (c) => (b += c));
    res.on('end', () => {
      log('client', res.statusCode, res.headers['content-length'], res.headers['transfer-encoding'], b);
      server.close(() => log('closed'));
    });
  });
  req.on('finish', () => log('req finish'));
  req.end(body);
});
