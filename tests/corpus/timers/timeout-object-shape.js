// Checks the Timeout object: typeof, constructor name, methods present, and setInterval returns the same kind.
const t = setTimeout(() => {}, 1);
const i = setInterval(() => {}, 1);
console.log(typeof t, t.constructor.name);
console.log(i.constructor.name, t.constructor === i.constructor);
for (const m of ['ref', 'unref', 'hasRef', 'refresh', 'close']) console.log(m, typeof t[m]);
console.log(typeof t[Symbol.toPrimitive]);
clearTimeout(t);
clearInterval(i);
