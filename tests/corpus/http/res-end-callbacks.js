// http: res.write/res.end callbacks and 'finish'/'close' order on the server; headersSent/writableEnded/writableFinished as it goes; writeHead after headers are sent throws ERR_HTTP_HEADERS_SENT.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  log('start headersSent', res.headersSent);
  res.write('a', () => log('write cb'));
  log('after write headersSent', res.headersSent);
  try { res.writeHead(500); } catch (e) { log(e.code, e.message); }
  try { res.setHeader('X-Late', '1'); } catch (e) { log(e.code, e.message); }
  res.on('finish', () => log('finish', res.writableFinished));
  res.on('close', () => log('res close'));
  const r = res.end('b', () => log('end cb'));
  log('end returns res', r === res, 'writableEnded', res.writableEnded, 'writableFinished', res.writableFinished);
  res.end((err) => log('second end cb', err && err.code));
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let b = '';
    res.on('data', (c) => (b += c));
    res.on('end', () => { log('client body', b, res.headers['transfer-encoding']); server.close(() => log('closed')); });
  });
});
