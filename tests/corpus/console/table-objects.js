// Checks console.table with an array of objects (union of columns, missing cells blank).
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }, { b: 'y' }]);
