// Buffer numeric reads/writes, slicing (shared memory), compare/concat/indexOf, inspect output.
const b = Buffer.alloc(16);
b.writeUInt32BE(0xdeadbeef, 0);
b.writeInt16LE(-2, 4);
b.writeDoubleLE(Math.PI, 8);
console.log(b, b.readUInt32BE(0).toString(16), b.readInt16LE(4), b.readDoubleLE(8));
const s = b.subarray(0, 4);
s[0] = 0;
console.log(b[0], Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));
console.log(Buffer.from('hello world').indexOf('o'), Buffer.from('hello world').lastIndexOf('o'), Buffer.from('abc').includes('bc'));
try { b.readUInt8(99); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.alloc(60, 1));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi').equals(Buffer.from('hi')));
