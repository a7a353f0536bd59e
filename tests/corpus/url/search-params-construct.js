// URLSearchParams constructor: strings (leading ? dropped), records, sequences of pairs, another URLSearchParams, and node's TypeErrors for bad pairs
const show = (v) => { try { console.log(JSON.stringify(String(new URLSearchParams(v)))); } catch (e) { console.log(e.name, e.code, e.message); } };
for (const v of [undefined, null, '', '?', '??a', 'a=b=c&&d', '+%20%zz%', 'a=%e2%82&b=%F0%9F%98%80&=f&e==', 5, true,
  { a: 1, b: [1, 2], c: undefined }, [['a', 'b']], new Map([['m', 'n']]), new URLSearchParams('x=1&x=2'), [1], [['a']], [['a', 'b', 'c']],
  { [Symbol.iterator]: 5 }, [[1, 2], 'ab'], { [Symbol('s')]: 1, k: 'v' }]) show(v);
const src = new URLSearchParams('a=1'); const copy = new URLSearchParams(src); copy.append('b', '2'); console.log(String(src), String(copy));
