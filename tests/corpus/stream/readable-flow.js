// Readable: flowing mode with 'data', then 'end' and 'close', interleaved with ticks and promises.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.push('a');
r.push('b');
r.push(null);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
