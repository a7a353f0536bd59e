// util.inspect / console.log of URL: node's URL { href, origin, … } block, nested in objects and arrays, subclasses, depth limits
const util = require('util');
console.log(new URL('http://u:p@a:81/p?q=1#h'));
console.log({ u: new URL('http://a/') });
console.log([[new URL('http://a/')]], { a: { b: { c: new URL('http://a/') } } });
console.log(util.inspect(new URL('http://a/?x=1'), { depth: 0 }));
console.log(util.inspect(new URL('http://a/?x=1'), { depth: -1 }));
console.log(util.inspect({ u: new URL('http://a/?x=1') }, { depth: 0 }));
const u = new URL('http://a/?x=1'); u.searchParams.append('y', 'é'); console.log(u);
class MyURL extends URL {} console.log(new MyURL('sc:x'));
console.log(util.format('%s|%j', new URL('http://x/'), new URL('http://x/y')), `${new URL('http://a')}`);
console.log(JSON.stringify({ u: new URL('http://a/b') }));
