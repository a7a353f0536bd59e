// http: 404 and 500 responses with bodies and default status messages; res.statusCode defaults to 200; an unknown code gets 'unknown'; a thrown handler error is caught by the app and turned into a 500.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  if (req.url === '/nope') {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain');
    res.end('Not here: ' + req.url);
  } else if (req.url === '/boom') {
    try { throw new Error('kaput'); } catch (e) {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: e.message }));
    }
  } else if (req.url === '/odd') {
    res.statusCode = 599;
    res.end('odd');
  } else {
    log('default statusCode', res.statusCode, res.statusMessage);
    res.end('fine');
  }
});
const get = (path) => new Promise((resolve) => {
  http.get({ port: server.address().port, path }, (res) => {
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (c) => (b += c));
    res.on('end', () => resolve(`${res.statusCode} ${JSON.stringify(res.statusMessage)} ${res.headers['content-type']} ${res.headers['content-length']} ${b}`));
  });
});
server.listen(0, async () => {
  for (const p of ['/', '/nope', '/boom', '/odd']) log(p, await get(p));
  server.close(() => log('closed'));
});
