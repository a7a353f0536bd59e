// Checks a file with an unterminated string literal exits 1 with nothing on stdout.
console.log('never printed');
const s = 'unterminated;
