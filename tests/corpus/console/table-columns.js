// Checks console.table with a columns argument filtering/ordering columns.
const rows = [{ name: 'a', age: 1, extra: 'x' }, { name: 'b', age: 2, extra: 'y' }];
console.table(rows, ['age', 'name']);
console.table(rows, ['missing']);
console.table([[1, 2], [3, 4, 5]]);
