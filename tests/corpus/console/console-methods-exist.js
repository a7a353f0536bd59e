// Checks the console object has the expected methods and that console.log returns undefined.
const names = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'table', 'group', 'groupEnd', 'groupCollapsed', 'count', 'countReset', 'assert', 'time', 'timeEnd', 'timeLog', 'trace'];
for (const n of names) console.log(n, typeof console[n]);
console.log(console.log('x') === undefined);
