// http: 404 and 204 responses, res.write() streaming with chunked encoding, a HEAD request without body, statusMessage override, getHeader/hasHeader/removeHeader, headersSent errors.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/missing') {
    res.statusCode = 404;
    res.end('nope');
  } else if (req.url === '/empty') {
    res.writeHead(204);
    res.end();
  } else if (req.url === '/stream') {
    res.setHeader('X-A', '1');
    res.setHeader('X-Remove', 'x');
    console.log('has', res.hasHeader('x-a'), res.getHeader('X-A'), res.getHeaderNames());
    res.removeHeader('x-remove');
    res.write('part1;');
    try { res.setHeader('X-Late', 'y'); } catch (e) { console.log(e.code, e.message); }
    setTimeout(() => { res.write('part2;'); res.end('done'); }, 10);
  } else {
    res.writeHead(200, 'Fine Thanks', { 'X-Head': 'yes', 'Content-Length': 5 });
    res.end(req.method === 'HEAD' ? undefined : 'abcde');
  }
});
function get(path, method = 'GET') {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, message: res.statusMessage, te: res.headers['transfer-encoding'], len: res.headers['content-length'], head: res.headers['x-head'], xa: res.headers['x-a'], removed: res.headers['x-remove'], body }));
    });
    req.end();
  });
}
server.listen(0, async () => {
  for (const [p, m] of [['/missing'], ['/empty'], ['/stream'], ['/', 'HEAD'], ['/']]) console.log(p, m || 'GET', await get(p, m));
  server.close();
});
