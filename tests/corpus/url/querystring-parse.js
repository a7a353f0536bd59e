// querystring.parse: repeated keys as arrays, empty pieces, '+' as space, bad escapes, custom sep/eq, maxKeys, a custom decodeURIComponent and its fallback
const qs = require('querystring');
const show = (x) => console.log(JSON.stringify(x), Object.getPrototypeOf(x));
for (const s of ['a=1&b=2&a=3', '&&a=1&=&=x&', 'a', 'a=', '=b', 'a=b=c', '+a+=+b+', '%zz=%e2%82%ac&%E2=1', 'a[]=1&a[]=2', '', 'a=1;b=2', '%', 'a=%2',
  'a&a&a=', '__proto__=1&constructor=2&hasOwnProperty=3']) show(qs.parse(s));
show(qs.parse('a:1;b:2', ';', ':')); show(qs.parse('a==1&&b==2', '&&', '==')); show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2', '&', '=', { maxKeys: 0 }));
show(qs.parse('a=%41&b=x', null, null, { decodeURIComponent: (s) => s.toUpperCase() }));
show(qs.parse('a=%41&b=x', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
show(qs.parse(5)); show(qs.parse(null)); show(qs.parse('a=1', '', ''));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, Object.keys(qs));
