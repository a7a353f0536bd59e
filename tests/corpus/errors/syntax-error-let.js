// Checks a file with a syntax error (`let x = ;`) exits 1 with nothing on stdout.
console.log('never printed');
let x = ;
