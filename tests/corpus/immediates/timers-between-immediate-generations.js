// Checks that immediates scheduled during the check phase run next iteration, and due timers run between the generations (Rule 3).
setImmediate(() => {
  console.log('gen 1 a');
  setTimeout(() => console.log('timer (due before gen 2)'), 0);
  setImmediate(() => console.log('gen 2 a'));
});
setImmediate(() => {
  console.log('gen 1 b');
  setImmediate(() => console.log('gen 2 b'));
  const t = Date.now(); while (Date.now() - t < 5) {}
});
