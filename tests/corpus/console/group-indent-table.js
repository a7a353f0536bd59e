// Checks that console.table and console.dir output is indented inside a console.group.
console.group('g');
console.table([{ a: 1 }]);
console.dir({ x: [1, 2] });
console.groupEnd();
