// Checks Timeout[Symbol.toPrimitive]() returns an integer id, +t works, and ids increase with creation order.
const a = setTimeout(() => {}, 1);
const b = setTimeout(() => {}, 1);
const c = setInterval(() => {}, 1);
const ids = [a, b, c].map((t) => t[Symbol.toPrimitive]());
console.log(ids.every(Number.isInteger));
console.log(+a === ids[0], `${b}` === String(ids[1]));
console.log(ids[0] < ids[1], ids[1] < ids[2]);
console.log('id is stable', +a === +a);
clearTimeout(a); clearTimeout(b); clearInterval(c);
