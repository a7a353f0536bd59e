// Checks Rule 9: an interval whose callback takes longer than its period never fires twice in one pass; other timers interleave.
const busy = (ms) => { const t = Date.now(); while (Date.now() - t < ms) {} };
const order = [];
let n = 0;
const iv = setInterval(() => {
  n++;
  order.push('i' + n);
  busy(30);
  setImmediate(() => order.push('imm' + n));
  if (n === 3) {
    clearInterval(iv);
    setImmediate(() => console.log(order.join(' ')));
  }
}, 10);
