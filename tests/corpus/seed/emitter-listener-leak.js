// Seed "LEAK 2: Event emitter listeners accumulating" adapted with stub app/req/res emitters (no http): listener count grows, cleanup on 'close' fixes it.
const EventEmitter = require('events');
const routes = {};
const app = { get(path, fn) { routes[path] = fn; } };
function makeRes() {
  const res = new EventEmitter();
  res.written = [];
  res.write = (d) => res.written.push(d);
  return res;
}
// LEAK 2: Event emitter listeners accumulating
const emitter = new EventEmitter();
app.get('/stream', (req, res) => {
const handler = (data) => res.write(data);
emitter.on('data', handler);
// If response closes, listener is never removed!
// FIX: Clean up on close
res.on('close', () => emitter.removeListener('data', handler));
});
const r1 = makeRes();
const r2 = makeRes();
routes['/stream']({}, r1);
routes['/stream']({}, r2);
emitter.emit('data', 'chunk');
console.log('listeners', emitter.listenerCount('data'), r1.written, r2.written);
r1.emit('close');
console.log('after close', emitter.listenerCount('data'));
r2.emit('close');
console.log('after both close', emitter.listenerCount('data'));
