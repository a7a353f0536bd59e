// net: server.listen's callback is a 'listening' listener: listeners added before listen() run first, then the callback, then those added after; all after the sync code and nextTicks.
const net = require('net');
const log = console.log;
const server = net.createServer();
server.on('listening', () => log('listening listener 1', server.listening));
const ret = server.listen(0, () => log('listen callback', typeof server.address().port));
log('listen returns server', ret === server, 'listening now', server.listening);
server.on('listening', () => {
  log('listening listener 2');
  setImmediate(() => log('immediate from listener'));
  setImmediate(() => setImmediate(() => { log('second immediate'); server.close(() => log('close callback')); }));
});
server.on('close', () => log('close event'));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));
setImmediate(() => log('immediate'));
log('sync end');
