// http: http.STATUS_CODES and http.METHODS contents; a server echoes a custom method (PURGE) and the client sees the standard reason phrase for several codes.
const http = require('http');
const log = console.log;
const C = http.STATUS_CODES;
log(C[200], '|', C[201], '|', C[204], '|', C[301], '|', C[304], '|', C[404], '|', C[418], '|', C[500], '|', C[503], '|', C[999]);
log('methods sorted', JSON.stringify(http.METHODS) === JSON.stringify([...http.METHODS].sort()));
log(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'PURGE', 'BREW'].map((m) => m + '=' + http.METHODS.includes(m)).join(' '));
log('codes are strings', typeof C[200], Object.keys(C).every((k) => /^\d{3}$/.test(k)));
const server = http.createServer((req, res) => {
  const code = Number(req.url.slice(1));
  res.statusCode = code;
  res.end(req.method);
});
const go = (method, code) => new Promise((resolve) => {
  const req = http.request({ port: server.address().port, method, path: '/' + code }, (res) => {
    let b = '';
    res.on('data', (c) => (b += c));
    res.on('end', () => resolve(`${method} ${res.statusCode} ${res.statusMessage} body=${JSON.stringify(b)}`));
  });
  req.end();
});
server.listen(0, async () => {
  log(await go('PURGE', 202));
  log(await go('PATCH', 409));
  log(await go('DELETE', 410));
  log(await go('OPTIONS', 451));
  server.close();
});
