// A syntax error in an ES module: exit 1, nothing on stdout.
console.log('never');
const = 1;
