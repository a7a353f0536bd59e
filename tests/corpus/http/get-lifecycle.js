// http: a GET from http.get to an http.createServer in the same run: request/response fields, header order (Date, Connection, Keep-Alive, Content-Length), event order on both ends, server.close() closing the idle keep-alive connection.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  log('server:', req.method, req.url, req.httpVersion, Object.keys(req.headers), req.headers.connection);
  req.on('end', () => log('req end')); req.on('close', () => log('req close'));
  res.on('finish', () => log('res finish')); res.on('close', () => log('res close'));
  req.resume();
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Multi', ['a', 'b']);
  res.end('hello');
  log('headersSent', res.headersSent, res.writableEnded);
});
server.on('connection', () => log('server connection'));
server.listen(0, () => {
  const req = http.get(`http://localhost:${server.address().port}/path?x=1`, (res) => {
    log('client:', res.statusCode, res.statusMessage, res.httpVersion, res.headers['content-type'], res.headers['content-length'], res.headers['x-multi'], res.headers.connection, res.headers['keep-alive'], Object.keys(res.headers));
    log(res.rawHeaders.filter((h, i) => i % 2 === 0));
    let body = ''; res.setEncoding('utf8');
    res.on('data', (c) => body += c);
    res.on('end', () => { log('body', body); server.close(() => log('closed')); });
    res.on('close', () => log('res(client) close'));
  });
  req.on('socket', () => log('req socket'));
  req.on('finish', () => log('req finish'));
  req.on('close', () => log('client req close'));
  setImmediate(() => log('immediate'));
});
process.on('exit', () => log('exit'));
