// Checks process.exit() with no argument exits with code 0 even if exitCode is unset.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setImmediate(() => process.exit());
setTimeout(() => console.log('never'), 50);
