// Checks that an error thrown inside an 'uncaughtException' handler exits with code 7.
process.on('uncaughtException', () => { console.log('in handler'); throw new Error('handler threw'); });
process.on('exit', (c) => console.log('exit', c));
throw new Error('original');
