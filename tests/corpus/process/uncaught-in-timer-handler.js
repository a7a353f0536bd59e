// Checks a throw in a timer with an 'uncaughtException' handler: handler gets it, later timers still run, exit code 0.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
setTimeout(() => { throw new Error('in timer'); }, 1);
setTimeout(() => console.log('next timer'), 1);
setTimeout(() => console.log('later timer'), 10);
process.on('exit', (c) => console.log('exit', c));
