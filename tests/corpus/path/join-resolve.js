// Checks path.join and path.resolve with absolute bases (no cwd-dependent output).
const path = require('path');
console.log(path.join('a', 'b', '../c', './d'));
console.log(path.join('/a/', '/b/', 'c/'));
console.log(path.join(''), path.join('a', ''), path.join('..', 'x'));
console.log(path.resolve('/a', 'b'));
console.log(path.resolve('/a', '/b', 'c', '..', 'd'));
console.log(path.resolve('/foo/bar', './baz/'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.isAbsolute(path.resolve('x')));
