// net: allowHalfOpen lets the server keep writing after the client's end (client sees data then 'end'); without it the server socket ends automatically after 'end'.
const net = require('net');
const log = console.log;
function run(allowHalfOpen) {
  const tag = allowHalfOpen ? 'half-open:' : 'default:';
  const lines = { server: [], client: [] };
  return new Promise((resolve) => {
    let pending = 2;
    const done = () => { if (--pending === 0) server.close(() => { log(tag, 'server', lines.server.join(', ')); log(tag, 'client', lines.client.join(', ')); resolve(); }); };
    const server = net.createServer({ allowHalfOpen }, (sock) => {
      const L = lines.server;
      sock.on('data', (d) => L.push('data ' + d));
      sock.on('end', () => {
        L.push(`end writable=${sock.writable} readable=${sock.readable}`);
        if (allowHalfOpen) setTimeout(() => { sock.write('late '); sock.end('reply'); }, 10);
      });
      sock.on('finish', () => L.push('finish'));
      sock.on('close', (h) => { L.push('close ' + h); done(); });
    });
    server.listen(0, '127.0.0.1', () => {
      const L = lines.client;
      const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
      let got = '';
      c.on('data', (d) => (got += d));
      c.end('bye');
      c.on('finish', () => L.push('finish'));
      c.on('end', () => { L.push(`end ${JSON.stringify(got)} writable=${c.writable}`); c.end(); });
      c.on('close', (h) => { L.push('close ' + h); done(); });
    });
  });
}
run(true).then(() => run(false)).then(() => log('done'));
