// util.inspect of TextEncoder and TextDecoder as node prints them: plain { encoding }, 'TextDecoder { … }', [Name] past the depth limit, showHidden fields, subclasses
const util = require('util');
console.log({ e: new TextEncoder(), d: new TextDecoder('latin1') });
console.log(util.inspect({ a: { b: { c: new TextDecoder() } } }, { depth: 1 }));
console.log(util.inspect(new TextDecoder(), { depth: -1 }), util.inspect(new TextEncoder(), { depth: -1 }));
console.log(util.inspect(new TextDecoder(), { showHidden: true }));
class Sub extends TextDecoder {}
console.log(new Sub());
console.log(Object.keys(new TextDecoder()), String(new TextEncoder()), Object.prototype.toString.call(new TextDecoder()));
