// net: a paused socket stops reading; data waits in the kernel until resume(); setEncoding gives strings; 'end' after all data.
const net = require('net');
const server = net.createServer((sock) => {
  sock.write('one,');
  setTimeout(() => sock.end('two,three'), 20);
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => {
    got += d;
    console.log('data', typeof d, JSON.stringify(d));
    c.pause();
    console.log('paused', c.isPaused());
    setTimeout(() => { console.log('resume'); c.resume(); }, 50);
  });
  c.on('end', () => { console.log('end', got); server.close(); });
});
