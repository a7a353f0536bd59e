// Checks throwing a string at top level exits with code 1.
console.log('before');
throw 'a string';
