// http: res.writeHead forms: (status), (status, message), (status, headers object), (status, message, flat array of headers); writeHead returns res; the client sees statusMessage and headers.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  let r;
  switch (req.url) {
    case '/a': r = res.writeHead(202); break;
    case '/b': r = res.writeHead(200, 'All Good'); break;
    case '/c': r = res.writeHead(201, { 'X-One': '1', 'x-two': ['2a', '2b'] }); break;
    case '/d': r = res.writeHead(203, 'Custom Msg', ['X-Flat', 'f1', 'X-Flat', 'f2', 'X-Other', 'o']); break;
    case '/e': res.statusCode = 418; res.statusMessage = 'Short And Stout'; r = res.writeHead(res.statusCode); break;
  }
  log('server', req.url, 'returns res', r === res, 'headersSent', res.headersSent, res.statusCode, res.statusMessage);
  res.end(req.url);
});
const get = (path) => new Promise((resolve) => {
  http.get({ port: server.address().port, path, agent: false }, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => {
      const h = res.rawHeaders.filter((v, i) => i % 2 === 0 && /^x-/i.test(v));
      resolve([res.statusCode, res.statusMessage, res.headers['x-one'], res.headers['x-two'], res.headers['x-flat'], res.headers['x-other'], h.join('|'), body]);
    });
  });
});
server.listen(0, async () => {
  for (const p of ['/a', '/b', '/c', '/d', '/e']) log('client', p, JSON.stringify(await get(p)));
  server.close(() => log('closed'));
});
