// Checks that the numeric id from +timeout can be passed to clearTimeout/clearInterval.
const t = setTimeout(() => console.log('never'), 5);
const id = +t;
console.log(typeof id, Number.isInteger(id));
clearTimeout(id);
const iv = setInterval(() => console.log('interval never'), 5);
clearInterval(+iv);
setTimeout(() => console.log('end'), 20);
