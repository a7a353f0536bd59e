// Checks Date (fixed epoch) and RegExp inspection, including invalid dates and props on RegExp.
console.log(new Date(0));
console.log([new Date(0)], { d: new Date(86400000) });
console.log(new Date(NaN));
console.log(/ab+c/gi, new RegExp('a/b'), [/x/y]);
const r = /z/; r.extra = 1;
console.log(r);
