// Checks Timeout#hasRef after unref/ref, that ref/unref return the timer itself, and hasRef after firing.
const t = setTimeout(() => {
  console.log('fired, hasRef:', t.hasRef());
}, 5);
console.log('initial', t.hasRef());
console.log('unref returns this', t.unref() === t);
console.log('after unref', t.hasRef());
console.log('ref returns this', t.ref() === t);
console.log('after ref', t.hasRef());
