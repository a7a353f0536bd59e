// Checks that 1000 immediates scheduled at once all run in one check phase before a nested one (Rule 3).
let n = 0;
for (let i = 0; i < 1000; i++) setImmediate(() => { n++; });
setImmediate(() => {
  console.log('count at last of batch', n);
  setImmediate(() => console.log('nested after', n));
});
