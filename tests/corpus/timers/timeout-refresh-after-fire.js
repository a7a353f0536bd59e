// Checks that refresh() on a timeout that already fired re-schedules it once more.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fire', n);
  if (n === 1) t.refresh();
}, 5);
setTimeout(() => console.log('total fires', n), 100);
