// Checks whether an unref'd immediate runs when nothing else keeps the loop alive (node: it does not run).
let ran = false;
setImmediate(() => { ran = true; console.log('unref immediate ran'); }).unref();
process.on('exit', () => console.log('exit, ran:', ran));
