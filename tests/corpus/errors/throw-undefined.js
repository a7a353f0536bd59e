// Checks throwing undefined at top level exits with code 1.
console.log('before');
throw undefined;
