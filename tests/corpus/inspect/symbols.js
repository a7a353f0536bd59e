// Checks symbols as values and keys, including description-less and registered symbols.
const s = Symbol('desc');
console.log(s, Symbol(), Symbol.for('reg'), Symbol.iterator);
console.log({ [s]: 1, normal: 2, [Symbol()]: 3 });
console.log([Symbol('in array')]);
console.log({ [Symbol.iterator]: 'x' });
