// Checks throwing a number at top level exits with code 1.
console.log('before');
throw 42;
