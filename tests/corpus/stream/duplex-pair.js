// stream.duplexPair: what one side writes the other reads; a write's callback waits for the other side's read; end reaches the other side
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
console.log(a.constructor.name, a.readable, a.writable, a === b);
b.on('data', (d) => console.log('b got', String(d)));
b.on('end', () => console.log('b end'));
a.on('data', (d) => console.log('a got', String(d)));
a.write('hello', () => console.log('a write cb'));
b.write('back', () => console.log('b write cb'));
a.write('', () => console.log('empty write cb'));
a.end(() => console.log('a finished'));
process.nextTick(() => console.log('tick'));
const [c, d] = duplexPair({ objectMode: true });
d.on('data', (x) => console.log('object', x));
c.write({ n: 1 });
c.write(2);
setTimeout(() => { b.end(); console.log('a bytes waiting', a.readableLength); }, 5);
a.on('end', () => console.log('a end'));
