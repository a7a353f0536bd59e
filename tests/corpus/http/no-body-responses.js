// http: HEAD, 204 and 304 responses carry no body even when the handler writes one; the client gets 'end' with zero bytes; content-length/transfer-encoding headers node chooses for each.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  if (req.url === '/204') res.statusCode = 204;
  else if (req.url === '/304') { res.statusCode = 304; res.setHeader('ETag', '"v1"'); }
  const w = res.write('should not be sent');
  log('server', req.method, req.url, 'write returned', w);
  res.end();
});
const go = (method, path) => new Promise((resolve) => {
  const req = http.request({ port: server.address().port, method, path }, (res) => {
    let n = 0;
    res.on('data', (c) => (n += c.length));
    res.on('end', () => resolve(`${method} ${path} ${res.statusCode} bytes=${n} cl=${res.headers['content-length']} te=${res.headers['transfer-encoding']} etag=${res.headers.etag}`));
  });
  req.end();
});
server.listen(0, async () => {
  log(await go('HEAD', '/'));
  log(await go('GET', '/204'));
  log(await go('GET', '/304'));
  log(await go('GET', '/'));
  server.close(() => log('closed'));
});
