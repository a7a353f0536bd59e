// http: a POST with a streamed (chunked) body and a JSON response built with writeHead; the server reads the body with for await; the framing headers node chooses.
const http = require('http');
const server = http.createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  console.log('server got', req.method, req.url, JSON.stringify(body), req.headers['transfer-encoding'], req.headers['content-type']);
  const out = JSON.stringify({ received: body.length, upper: body.toUpperCase() });
  res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(out) });
  res.end(out);
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', path: '/items', headers: { 'Content-Type': 'text/plain' } }, (res) => {
    console.log('status', res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['content-length']);
    const parts = [];
    res.on('data', (c) => parts.push(c));
    res.on('end', () => {
      console.log('json', JSON.parse(Buffer.concat(parts).toString()));
      server.close(() => console.log('server closed'));
    });
  });
  req.write('hello ');
  req.write('chunked ');
  req.end('world');
});
