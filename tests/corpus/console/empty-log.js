// Checks console.log() with no arguments prints an empty line, and empty-string args.
console.log('before');
console.log();
console.log('');
console.log('after');
