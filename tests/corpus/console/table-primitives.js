// Checks console.table with an array of primitives, a plain object, and a non-tabular value.
console.table([1, 'two', 3n]);
console.table({ first: 1, second: 'two' });
console.table('not tabular');
console.table(42);
