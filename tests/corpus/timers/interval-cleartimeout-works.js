// Checks that clearTimeout can clear an interval and clearInterval can clear a timeout (they are interchangeable).
let n = 0;
const iv = setInterval(() => { n++; if (n === 2) clearTimeout(iv); }, 5);
const t = setTimeout(() => console.log('timeout (never)'), 5);
clearInterval(t);
setTimeout(() => console.log('interval fired', n, 'times'), 100);
