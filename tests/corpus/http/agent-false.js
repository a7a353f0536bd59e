// http: with agent:false each request opens a new connection with 'Connection: close' and reusedSocket false; a keepAlive Agent reuses the socket for sequential requests.
const http = require('http');
const log = console.log;
let connections = 0;
const server = http.createServer((req, res) => res.end(`${req.url} conn=${req.headers.connection}`));
server.on('connection', () => connections++);
server.listen(0, async () => {
  const port = server.address().port;
  const get = (path, agent) => new Promise((resolve) => {
    const req = http.get({ port, path, agent }, (res) => {
      let b = '';
      res.on('data', (c) => (b += c));
      res.on('end', () => resolve(`${b} res.connection=${res.headers.connection} reused=${req.reusedSocket}`));
    });
  });
  log(await get('/n1', false));
  log(await get('/n2', false));
  log('connections after agent:false', connections);
  const agent = new http.Agent({ keepAlive: true });
  log(await get('/k1', agent));
  log(await get('/k2', agent));
  log(await get('/k3', agent));
  log('connections after keepAlive agent', connections);
  agent.destroy();
  server.close(() => log('closed'));
});
