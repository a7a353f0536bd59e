// http: a small JSON API: req.url keeps the query string; new URL(req.url, 'http://x') parses pathname and searchParams (repeated keys, encoded values); unknown routes give a JSON 404.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  let status = 200, payload;
  if (u.pathname === '/search') {
    payload = { raw: req.url, q: u.searchParams.get('q'), tags: u.searchParams.getAll('tag'), missing: u.searchParams.get('nope'), size: [...u.searchParams].length };
  } else if (u.pathname === '/users/7') {
    payload = { id: 7, name: 'Ada' };
  } else {
    status = 404; payload = { error: 'not found', path: u.pathname };
  }
  const out = JSON.stringify(payload);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(out) });
  res.end(out);
});
const get = (path) => new Promise((resolve) => {
  http.get({ port: server.address().port, path }, (res) => {
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (c) => (b += c));
    res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${JSON.stringify(JSON.parse(b))}`));
  });
});
server.listen(0, async () => {
  log(await get('/search?q=hello%20world&tag=a&tag=b&tag=%C3%A9'));
  log(await get('/users/7?verbose'));
  log(await get('/nowhere?x=1'));
  server.close(() => log('closed'));
});
