// Checks that a setInterval fires repeatedly and stops when cleared from its own callback after 5 fires (Rule 9).
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 5) { clearInterval(iv); console.log('cleared'); }
}, 5);
