// http: sequential requests through the keep-alive global agent reuse one socket (reusedSocket, one 'connection'); concurrent ones open more.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => connections++);
server.listen(0, async () => {
  const port = server.address().port;
  const get = (path) => new Promise((resolve, reject) => {
    const req = http.get({ port, path }, (res) => {
      let b = '';
      res.on('data', (c) => (b += c));
      res.on('end', () => resolve(`${b} reused=${req.reusedSocket}`));
    });
    req.on('error', reject);
  });
  console.log(await get('/a'));
  console.log(await get('/b'));
  console.log(await get('/c'));
  console.log('connections after sequential', connections);
  console.log(await Promise.all([get('/d'), get('/e'), get('/f')]));
  console.log('connections after concurrent', connections);
  server.close(() => console.log('closed'));
});
