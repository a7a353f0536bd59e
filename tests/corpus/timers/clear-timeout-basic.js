// Checks that clearTimeout prevents a pending timer and clearInterval prevents an interval.
const a = setTimeout(() => console.log('a (cleared, never)'), 5);
setTimeout(() => console.log('b'), 5);
const i = setInterval(() => console.log('interval (cleared, never)'), 5);
clearTimeout(a);
clearInterval(i);
setTimeout(() => console.log('done'), 20);
