// Writable backpressure: write() returns false once highWaterMark is reached; 'drain' follows.
const { Writable } = require('stream');
let drains = 0;
const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) { setImmediate(cb); },
});
w.on('drain', () => { drains++; console.log('drain', w.writableLength); });
for (let i = 0; i < 5; i++) console.log('write', i, w.write('abcd'), w.writableLength);
w.end('end', () => console.log('end cb'));
w.on('finish', () => console.log('finish', drains));
w.on('close', () => console.log('close'));
