// Checks that an immediate can cancel a later immediate of the same batch and one it scheduled for the next iteration.
let later, next;
setImmediate(() => {
  console.log('first');
  clearImmediate(later);
  next = setImmediate(() => console.log('next (never)'));
});
later = setImmediate(() => console.log('later (never)'));
setImmediate(() => { console.log('third'); clearImmediate(next); });
setImmediate(() => console.log('fourth'));
