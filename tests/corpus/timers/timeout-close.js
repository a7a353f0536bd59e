// Checks that Timeout#close cancels the timer and returns the timer itself.
const t = setTimeout(() => console.log('never'), 5);
console.log('close returns this', t.close() === t);
const i = setInterval(() => console.log('interval never'), 5);
i.close();
setTimeout(() => console.log('done'), 20);
