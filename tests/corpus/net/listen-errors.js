// net: EADDRINUSE via nextTick, bad ports thrown synchronously, close() of a server that is not running, listen twice, address() before/after listen.
const net = require('net');
const s1 = net.createServer().listen(0, () => {
  const port = s1.address().port;
  const s2 = net.createServer();
  s2.on('error', (e) => { console.log(e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address); s1.close(); });
  s2.listen(port);
  console.log('listening', s2.listening, s1.listening);
  try { s1.listen(0); } catch (e) { console.log(e.code, e.message); }
});
const s3 = net.createServer();
console.log('address before', s3.address(), s3.listening);
s3.listen(0, '127.0.0.1', function () {
  console.log(typeof this.address().port, this.address().address, this.address().family);
  this.close(() => console.log('closed s3', this.address()));
});
s3.on('close', () => console.log('close event s3'));
const s = new net.Socket();
console.log(s.readyState, s.connecting, s.pending, s.destroyed, s.remoteAddress, s.bytesWritten, s.bytesRead);
console.log(net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('::'));
net.createServer().close((err) => console.log('close not running:', err.code, err.message));
for (const p of [70000, -1, 1.5, true]) {
  try { net.createServer().listen(p); } catch (e) { console.log('listen', e.name, e.code, e.message); }
  try { net.connect(p); } catch (e) { console.log('connect', e.name, e.code, e.message); }
}
try { net.connect({}); } catch (e) { console.log(e.name, e.code, e.message); }
