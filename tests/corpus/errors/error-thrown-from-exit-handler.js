// Checks an error thrown inside an 'exit' handler makes the exit code 1 (printed lines before it remain).
process.on('exit', () => { console.log('in exit handler'); throw new Error('from exit'); });
console.log('main done');
