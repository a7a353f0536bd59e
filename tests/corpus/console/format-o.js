// Checks %o and %O formatting of objects and arrays.
console.log('%O', { a: 1, b: { c: { d: { e: 1 } } } });
console.log('%o', { a: 1, b: 'str' });
console.log('%o', [1, 2, 3]);
console.log('%O', [1, 'two', { three: 3 }]);
console.log('%O', 'a string');
