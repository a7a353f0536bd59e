// Checks that an unref'd timer alone does not keep the process alive; its callback never runs.
let ran = false;
setTimeout(() => { ran = true; console.log('never'); }, 20).unref();
process.on('exit', (code) => console.log('exit', code, 'ran:', ran));
console.log('sync end');
