// Checks `this` inside a function callback is the Timeout object (setTimeout and setInterval), and the Immediate for setImmediate.
const t = setTimeout(function () { console.log('timeout this === t', this === t); }, 1);
const i = setInterval(function () { console.log('interval this === i', this === i); clearInterval(this); }, 1);
const im = setImmediate(function () { console.log('immediate this === im', this === im); });
setTimeout(() => console.log('arrow this is module.exports', this === module.exports), 2);
// busy-wait so the 1-2 ms timers are due before the first check phase
const t0 = Date.now(); while (Date.now() - t0 < 5) {}
