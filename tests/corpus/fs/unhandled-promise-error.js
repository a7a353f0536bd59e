// Checks that an unhandled fs.promises rejection (readFile of a missing file) ends the process with exit code 1 after what was already printed.
const fs = require('fs');
console.log('before');
fs.promises.readFile('/nonexistent-loopscope-corpus-file');
setTimeout(() => console.log('never'), 50);
