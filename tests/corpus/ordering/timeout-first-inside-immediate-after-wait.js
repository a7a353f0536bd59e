// Checks that a setTimeout(0) from an immediate fires before a nested immediate when 1ms has already elapsed (timers phase comes first) (Rule 4).
setImmediate(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  const t = Date.now(); while (Date.now() - t < 5) {}
});
