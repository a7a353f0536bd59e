// http: http.request with headers given as a flat array sends exactly those headers (no Host is added, Connection still is); an http server answers a Host-less HTTP/1.1 request with 400.
const http = require('http');
const net = require('net');
const log = console.log;
const raw = net.createServer((c) => {
  c.once('data', (d) => {
    const lines = d.toString().split('\r\n');
    log('request line', lines[0]);
    log('header names', JSON.stringify(lines.slice(1).filter(Boolean).map((l) => l.split(':')[0])));
    c.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
  });
});
raw.listen(0, () => {
  const q = http.request({ port: raw.address().port, path: '/p', agent: false, headers: ['X-A', '1', 'x-a', '2'] }, (res) => {
    log('raw server status', res.statusCode);
    res.resume();
    res.on('end', () => raw.close(next));
  });
  q.end();
});
function next() {
  const server = http.createServer((req, res) => { log('handler (never)'); res.end(); });
  server.listen(0, () => {
    const q = http.request({ port: server.address().port, path: '/q', agent: false, headers: ['X-B', '1'] }, (res) => {
      log('http server status', res.statusCode, res.statusMessage, res.headers.connection);
      res.resume();
      res.on('end', () => server.close(() => log('closed')));
    });
    q.end();
  });
}
