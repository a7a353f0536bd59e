// Checks 'beforeExit' receives process.exitCode as its argument (Rule 13).
process.exitCode = 6;
process.once('beforeExit', (code) => console.log('beforeExit code', code));
process.on('exit', (code) => console.log('exit code', code));
