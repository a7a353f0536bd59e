// http: the createServer callback is a 'request' listener: it runs before listeners added later with server.on('request'); prependListener runs first; 'connection' comes before any 'request'.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => { log('createServer callback', req.url); });
server.on('request', (req, res) => { log('on request', req.url); res.end('done'); });
server.prependListener('request', (req) => log('prepended', req.url));
server.on('connection', (s) => log('connection', typeof s.remotePort));
log('request listeners', server.listenerCount('request'));
server.listen(0, () => {
  http.get({ port: server.address().port, path: '/first', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      log('client end', res.statusCode);
      server.close(() => log('closed'));
    });
  });
});
