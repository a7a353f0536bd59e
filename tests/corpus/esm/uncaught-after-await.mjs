// An error thrown after a top-level await is an uncaught exception (exit 1); earlier output stays.
console.log('before');
await null;
process.on('exit', (code) => console.log('exit', code));
throw new Error('boom');
