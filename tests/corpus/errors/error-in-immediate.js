// Checks an error thrown in a setImmediate callback exits 1 and the rest of the batch never runs.
setImmediate(() => { console.log('immediate 1'); throw new Error('in immediate'); });
setImmediate(() => console.log('immediate 2 (never)'));
process.on('exit', (c) => console.log('exit', c));
