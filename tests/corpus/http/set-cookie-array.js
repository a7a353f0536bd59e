// http: res.setHeader('Set-Cookie', [..]) sends one header line per value and the client gets an array; other array headers are joined with ', '; getHeaders() keeps arrays.
const http = require('http');
const log = console.log;
const server = http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2; HttpOnly']);
  res.setHeader('X-List', ['x', 'y', 'z']);
  res.setHeader('X-Num', 42);
  res.appendHeader('X-List', 'w');
  log('getHeader', JSON.stringify(res.getHeader('set-cookie')), JSON.stringify(res.getHeader('x-num')), typeof res.getHeader('x-num'));
  log('getHeaders', JSON.stringify(res.getHeaders()));
  res.end('ok');
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    log('set-cookie', Array.isArray(res.headers['set-cookie']), JSON.stringify(res.headers['set-cookie']));
    log('x-list', JSON.stringify(res.headers['x-list']));
    log('x-num', JSON.stringify(res.headers['x-num']));
    const raw = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2) if (/^(set-cookie|x-)/i.test(res.rawHeaders[i])) raw.push(res.rawHeaders[i] + '=' + res.rawHeaders[i + 1]);
    log('raw', JSON.stringify(raw));
    res.resume();
    res.on('end', () => server.close(() => log('closed')));
  });
});
