// Checks throwing null at top level exits with code 1.
console.log('before');
throw null;
