// Checks 'beforeExit' is NOT fired when process.exit() is called explicitly (Rule 13).
process.on('beforeExit', () => console.log('beforeExit (never)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => process.exit(0), 1);
