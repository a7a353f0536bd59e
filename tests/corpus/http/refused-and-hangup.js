// http: a request to a closed port emits 'error' ECONNREFUSED; a server that destroys the socket before answering gives the client 'socket hang up' (ECONNRESET).
const http = require('http');
const probe = http.createServer().listen(0, () => {
  const port = probe.address().port;
  probe.close(() => {
    const req = http.get({ port, host: '127.0.0.1' }, () => console.log('never'));
    req.on('error', (e) => console.log('error 1', e.code, e.syscall, e.message.replace(String(port), 'PORT')));
    req.on('close', () => {
      console.log('close 1');
      const rude = http.createServer((rq, rs) => { console.log('rude got', rq.url); rq.socket.destroy(); });
      rude.listen(0, () => {
        const r2 = http.get({ port: rude.address().port, path: '/x' }, () => console.log('never 2'));
        r2.on('error', (e) => console.log('error 2', e.code, e.message));
        r2.on('close', () => { console.log('close 2'); rude.close(); });
      });
    });
  });
});
