// Checks an unhandled rejection with a non-Error value (string) still crashes with exit 1 (Rule 8).
console.log('start');
Promise.reject('just a string');
process.on('exit', (c) => console.log('exit', c));
