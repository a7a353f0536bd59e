// Checks a recursive chain of 100 immediates: each runs in its own loop iteration, so a timer that is due fires between two links (Rule 3).
let n = 0;
let seenAtTimer = -1;
function step() {
  n++;
  if (n === 1) {
    setTimeout(() => { seenAtTimer = n; }, 0);
    const t = Date.now(); while (Date.now() - t < 5) {} // the timer is due before the next iteration's check phase
  }
  if (n < 100) setImmediate(step);
  else console.log('immediates done', n, 'timer fired after link', seenAtTimer);
}
setImmediate(step);
