// Checks placeholders with missing args stay literal and extra args are appended with spaces.
console.log('%s and %s', 'one');
console.log('%d-%d', 1);
console.log('%s', 'a', 'b', 'c');
console.log('%s', 'obj', { x: 1 });
console.log('no placeholders', '%s', 5);
console.log(5, '%s', 'x');
