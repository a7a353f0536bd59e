// util.inspect / console.log of URLSearchParams and its iterators: 'k' => 'v' pairs, line breaking past breakLength, depth, subclasses
const util = require('util');
const p = new URLSearchParams('a=1&b=2&a=3');
console.log(p, { p }, new URLSearchParams(), [[[p]]]);
console.log(p.keys(), p.entries(), p.values());
const it = p.entries(); it.next(); console.log(it);
console.log(util.inspect(p, { breakLength: 5 }));
const big = new URLSearchParams(); for (let i = 0; i < 12; i++) big.append('key' + i, 'value' + i);
console.log(big); console.log({ big }); console.log(big.entries());
console.log(util.inspect(p, { depth: -1 }), util.inspect({ a: { p } }, { depth: 0 }));
console.log(util.inspect([new URLSearchParams('a=1').keys()], { depth: 0 }));
console.log(util.inspect(new URLSearchParams([['a', 'x'.repeat(80)]])));
class MyP extends URLSearchParams {} console.log(new MyP('a=b'));
