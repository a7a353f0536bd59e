// Checks destructuring (defaults, rest, nested, renaming) and spread in arrays, objects and calls.
const { a, b: { c = 'dflt', ...restB } = {}, ...rest } = { a: 1, b: { d: 4, e: 5 }, f: 6, g: 7 };
console.log(a, c, JSON.stringify(restB), JSON.stringify(rest));
const [x, , y = 'y-default', ...others] = [10, 20, undefined, 40, 50];
console.log(x, y, others);
const merged = { ...{ p: 1, q: 2 }, q: 3, ...null, ...'hi' };
console.log(merged);
console.log(Math.max(...[3, 9, 2]), [...'abc', ...new Set([1, 1, 2])]);
let m = 1, n = 2; [m, n] = [n, m];
console.log(m, n);
