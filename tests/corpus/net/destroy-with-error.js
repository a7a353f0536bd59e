// net: socket.destroy(err) on the client emits 'error' (the same object) then 'close' with hadError true; the server sees 'end' and 'close' false.
const net = require('net');
const S = [], C = [];
let open = 2;
const done = () => { if (--open === 0) server.close(() => { console.log('server:', S.join(', ')); console.log('client:', C.join(', ')); }); };
const server = net.createServer((sock) => {
  sock.on('data', (d) => { S.push('data ' + d); sock.write('ack'); });
  sock.on('end', () => S.push('end'));
  sock.on('error', (e) => S.push('error ' + e.code));
  sock.on('close', (h) => { S.push('close ' + h); done(); });
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  const boom = new Error('boom');
  boom.code = 'EBOOM';
  c.on('connect', () => c.write('hi', () => C.push('write cb')));
  c.on('data', (d) => {
    C.push('data ' + d);
    c.destroy(boom);
    C.push(`destroyed ${c.destroyed} ${c.readyState}`);
    process.nextTick(() => C.push('tick after destroy'));
    setImmediate(() => C.push('immediate after destroy'));
  });
  c.on('error', (e) => C.push(`error same=${e === boom} ${e.message} ${e.code}`));
  c.on('close', (h) => { C.push('close ' + h); done(); });
  c.on('end', () => C.push('end (never)'));
});
