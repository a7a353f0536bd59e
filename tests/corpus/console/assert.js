// Checks console.assert: truthy prints nothing, falsy prints 'Assertion failed' to stderr (nothing on stdout between markers).
console.log('marker 1');
console.assert(true, 'not printed');
console.assert(1 === 1);
console.assert(false, 'goes to stderr');
console.assert(0);
console.log('marker 2', console.assert(false) === undefined);
