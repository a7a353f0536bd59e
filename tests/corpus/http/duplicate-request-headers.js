// http: duplicate request headers on the server: cookie joins with '; ', most others with ', ', set-cookie-like ones stay arrays, single-valued ones (content-type, user-agent, host) keep the first; headersDistinct and rawHeaders keep all.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  const h = req.headers;
  log('cookie', JSON.stringify(h.cookie));
  log('x-dup', JSON.stringify(h['x-dup']));
  log('accept', JSON.stringify(h.accept));
  log('user-agent', JSON.stringify(h['user-agent']));
  log('content-type', JSON.stringify(h['content-type']));
  log('set-cookie', JSON.stringify(h['set-cookie']));
  log('host', JSON.stringify(h.host));
  log('distinct user-agent', JSON.stringify(req.headersDistinct['user-agent']));
  log('distinct x-dup', JSON.stringify(req.headersDistinct['x-dup']));
  const names = req.rawHeaders.filter((v, i) => i % 2 === 0);
  log('raw names', JSON.stringify(names));
  req.resume();
  res.end();
});
server.listen(0, () => {
  const req = http.request({
    port: server.address().port,
    agent: false,
    headers: [
      'Cookie', 'a=1', 'Cookie', 'b=2',
      'X-Dup', 'one', 'x-dup', 'two',
      'Accept', 'text/html', 'Accept', 'application/json',
      'User-Agent', 'first', 'User-Agent', 'second',
      'Content-Type', 'text/plain', 'Content-Type', 'text/html',
      'Set-Cookie', 's1', 'Set-Cookie', 's2',
      'Host', 'example.test', 'Host', 'other.test',
    ],
  }, (res) => {
    log('status', res.statusCode);
    res.resume();
    res.on('end', () => server.close(() => log('closed')));
  });
  req.end();
});
