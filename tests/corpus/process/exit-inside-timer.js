// Checks process.exit inside a timer callback: exit code kept, later timers never run, 'exit' handler runs.
process.on('exit', (code) => console.log('exit handler code', code));
setTimeout(() => { console.log('timer 1'); process.exit(3); console.log('never'); }, 5);
setTimeout(() => console.log('timer 2 (never)'), 5);
setTimeout(() => console.log('timer 3 (never)'), 20);
