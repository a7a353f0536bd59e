// Checks that an unref'd interval keeps firing while a ref'd timer keeps the loop alive, then the process exits.
let n = 0;
setInterval(() => { n++; }, 5).unref();
setTimeout(() => console.log('ref timer fired; interval fired at least 2 times:', n >= 2), 100);
process.on('exit', () => console.log('exit'));
