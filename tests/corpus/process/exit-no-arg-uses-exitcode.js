// Checks process.exit() with no argument uses a previously set process.exitCode.
process.exitCode = 4;
process.on('exit', (code) => console.log('exit', code));
process.exit();
