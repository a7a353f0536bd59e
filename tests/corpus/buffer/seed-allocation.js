// The seed's Buffer allocation strategies: alloc zero-fills, allocUnsafe uses the 8 KiB pool for small sizes, from() encodes UTF-8.
const buf1 = Buffer.alloc(1024);
const buf2 = Buffer.allocUnsafe(1024);
const buf3 = Buffer.from('hello');
console.log(buf1.length, buf1.every((b) => b === 0), buf2.length, buf3);
console.log(Buffer.poolSize, buf2.buffer.byteLength, Buffer.allocUnsafe(5000).buffer.byteLength);
console.log(Buffer.allocUnsafeSlow(10).buffer.byteLength, Buffer.alloc(10).buffer.byteLength);
