// Checks util.inspect and console.log rendering of buffers, INSPECT_MAX_BYTES truncation and changes, extra properties and nesting.
const util = require('util');
const buffer = require('buffer');
console.log(buffer.INSPECT_MAX_BYTES, typeof buffer.INSPECT_MAX_BYTES);
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(50, 0xab));
console.log(Buffer.alloc(51, 0x01));
console.log(Buffer.from('x'.repeat(200)));
console.log(util.inspect(Buffer.from([0, 15, 16, 255])));
console.log(String(util.inspect(Buffer.from('hi'))).length);
console.log({ a: Buffer.from('ab'), b: [Buffer.from('c')] });
console.log([Buffer.alloc(2), Buffer.alloc(3, 9)]);
console.log(util.format('%s|%o|%j', Buffer.from('ok'), Buffer.from('o'), Buffer.from('j')));
const withProp = Buffer.from('abc');
withProp.extra = 42;
withProp.name = 'n';
console.log(withProp);
console.log(util.inspect(withProp, { showHidden: false }));
buffer.INSPECT_MAX_BYTES = 4;
console.log(buffer.INSPECT_MAX_BYTES, Buffer.from('abcdefg'));
console.log(Buffer.from('abcd'), Buffer.from('abcde'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('ab'));
buffer.INSPECT_MAX_BYTES = 50;
for (const v of [-1, 'x', NaN]) {
  try {
    buffer.INSPECT_MAX_BYTES = v;
    console.log('set', buffer.INSPECT_MAX_BYTES);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
console.log(buffer.INSPECT_MAX_BYTES);
console.log(util.inspect(new Uint8Array([1, 2, 3])));
console.log(util.inspect(Buffer.from('abc').subarray(1)));
console.log(util.inspect({ deep: { deeper: { deepest: Buffer.from('z') } } }, { depth: 0 }));
console.log(util.inspect({ deep: { deeper: Buffer.from('z') } }, { depth: 5 }));
console.log(Object.prototype.toString.call(Buffer.alloc(1)), String(Buffer.from('str')), `${Buffer.from([0x41, 0x42])}`);
console.log(Buffer.from('abc') + '', Buffer.from('1') == '1', util.types.isUint8Array(Buffer.alloc(1)));
console.log(util.inspect(Buffer.from('ab'), { colors: true }));
console.log(util.isDeepStrictEqual(Buffer.from('ab'), Buffer.from('ab')), util.isDeepStrictEqual(Buffer.from('ab'), new Uint8Array([97, 98])));
