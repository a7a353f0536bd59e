// http: ClientRequest/IncomingMessage event order on the client ('socket', 'finish', 'response', data, 'end', 'close') interleaved with the server's request events.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  log('S request');
  req.on('data', (c) => log('S req data', c.toString()));
  req.on('end', () => {
    log('S req end');
    res.on('finish', () => log('S res finish'));
    res.on('close', () => log('S res close'));
    res.end('pong');
  });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'PUT', path: '/x', agent: false, headers: { 'Content-Length': 4 } });
  req.on('socket', (s) => log('C socket', s.connecting));
  req.on('finish', () => log('C finish'));
  req.on('response', (res) => {
    log('C response', res.statusCode);
    res.on('data', (c) => log('C data', c.toString()));
    res.on('end', () => log('C end'));
    res.on('close', () => log('C res close'));
  });
  req.on('close', () => { log('C req close'); server.close(() => log('closed')); });
  req.end('ping');
  log('after end', req.writableEnded, req.headersSent === undefined ? 'n/a' : req.headersSent);
});
