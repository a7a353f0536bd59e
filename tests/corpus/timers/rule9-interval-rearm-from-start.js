// Checks Rule 9: an interval is re-armed relative to the START of its callback, so a slow callback makes the next fire overdue before a later timer.
const busy = (ms) => { const t = Date.now(); while (Date.now() - t < ms) {} };
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 1) busy(100); // re-armed to start+30, already overdue when the callback ends
  if (n === 3) clearInterval(iv);
}, 30);
setTimeout(() => console.log('timeout 100'), 100);
