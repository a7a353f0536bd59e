// http: concurrent requests via Promise.all resolve in request order even when the server holds them all and answers in reverse order; each gets its own body.
const http = require('http');
const log = console.log;
const order = [];
const held = [];
const server = http.createServer((req, res) => {
  const n = Number(new URL(req.url, 'http://x').searchParams.get('n'));
  held.push({ n, res });
  if (held.length === 4) {
    held.sort((a, b) => b.n - a.n);
    for (const h of held) { order.push(h.n); h.res.end(JSON.stringify({ n: h.n, sq: h.n * h.n })); }
  }
});
server.listen(0, async () => {
  const port = server.address().port;
  const get = (n) => new Promise((resolve, reject) => {
    http.get({ port, path: `/sq?n=${n}` }, (res) => {
      let b = '';
      res.on('data', (c) => (b += c));
      res.on('end', () => resolve(JSON.parse(b)));
    }).on('error', reject);
  });
  const results = await Promise.all([1, 2, 3, 4].map(get));
  log('results', JSON.stringify(results));
  log('server answered', order.join(','));
  server.close(() => log('closed'));
});
