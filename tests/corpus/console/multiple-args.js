// Checks console.log with multiple arguments of different types joins them with spaces.
console.log('a', 1, true, null, undefined, 2n, Symbol('s'));
console.log('str', 'another string', ['arr', 1], { k: 'v' });
console.log(1, '2', [3]);
console.log('', '');
console.log(-0, 0, +0, NaN, Infinity, -Infinity);
