// Checks clearImmediate cancels a pending immediate, including clearing it twice.
const a = setImmediate(() => console.log('a (never)'));
setImmediate(() => console.log('b'));
clearImmediate(a);
clearImmediate(a);
const c = setImmediate(() => console.log('c (never)'));
setImmediate(() => { console.log('d'); });
clearImmediate(c);
