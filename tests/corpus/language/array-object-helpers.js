// Checks ES2022 helpers: Array.prototype.at, Object.hasOwn, String.prototype.at, flat/flatMap, Object.fromEntries.
console.log([1, 2, 3].at(-1), [1, 2, 3].at(5), 'hello'.at(-2));
console.log(Object.hasOwn({ k: 1 }, 'k'), Object.hasOwn({}, 'toString'), Object.hasOwn(Object.create({ p: 1 }), 'p'));
console.log([1, [2, [3, [4]]]].flat(Infinity), [1, 2].flatMap((x) => [x, x * 10]));
console.log(Object.fromEntries([['a', 1], ['b', 2]]), Object.entries({ x: 1 }));
console.log('a-b-c'.replaceAll('-', '+'), 'x'.padStart(3, '.'), ' t '.trimEnd() + '|');
