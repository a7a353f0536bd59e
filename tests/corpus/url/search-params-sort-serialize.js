// URLSearchParams sort is stable by UTF-16 code units; serialization is application/x-www-form-urlencoded (space as +, only *-._ and alphanumerics unescaped)
const s = new URLSearchParams('z=1&b=2&a=3&b=1&\u00e9=1&A=2&\ud83d\ude00=x&\uff5e=y&b=0');
s.sort(); console.log([...s.keys()].join(','), String(s));
console.log(String(new URLSearchParams({ 'a b': 'c&d', 'é': '\u20ac', '~!*()\'-._': '+/' })));
let all = ''; for (let i = 0; i < 128; i++) all += String.fromCharCode(i);
console.log(new URLSearchParams({ k: all }).toString());
console.log(String(new URLSearchParams({ lone: '\ud800', pair: '\ud83d\ude00' })));
console.log([...new URLSearchParams('a=%zz&b=%e2%82&c=%F0%9F%98%80&d=+x+&e==&=f')]);
