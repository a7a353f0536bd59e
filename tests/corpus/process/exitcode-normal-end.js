// Checks process.exitCode = 3 followed by a normal end exits with code 3 after all async work finishes.
process.exitCode = 3;
setTimeout(() => console.log('timer still runs'), 5);
process.on('exit', (code) => console.log('exit code', code, 'exitCode', process.exitCode));
