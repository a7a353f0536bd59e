// Checks multiple 'exit' handlers run in registration order and `this` is process (Rule 13).
process.on('exit', function () { console.log('first', this === process); });
process.on('exit', () => console.log('second'));
process.prependListener('exit', () => console.log('prepended'));
