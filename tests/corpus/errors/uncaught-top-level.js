// Checks an uncaught Error at top level exits with code 1, and stdout printed before it appears.
console.log('printed before');
setTimeout(() => console.log('timer (never)'), 0);
process.on('exit', (c) => console.log('exit handler', c));
throw new Error('top-level');
