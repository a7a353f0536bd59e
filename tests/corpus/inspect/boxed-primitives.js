// Checks boxed primitives: [Number: 1], [String: 'x'], [Boolean: true], [Symbol: ...], [BigInt: 1n].
console.log(new Number(1), new String('str'), new Boolean(false));
console.log(Object(Symbol('s')), Object(10n));
console.log(new Number(-0));
const s = new String('ab'); s.extra = 1;
console.log(s);
