// Checks that re-ref'ing an unref'd timer keeps the process alive again.
const t = setTimeout(() => console.log('fired'), 10);
t.unref();
t.ref();
process.on('exit', () => console.log('exit'));
