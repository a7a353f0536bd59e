// Checks console.group with multiple label arguments and format placeholders.
console.group('label %s', 'x', 42);
console.log('inner');
console.groupEnd();
console.log('outer');
