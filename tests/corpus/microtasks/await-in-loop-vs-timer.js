// Checks that a long await loop (1000 awaits) completes entirely before a setTimeout(0) and setImmediate.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
(async () => {
  let i = 0;
  while (i < 1000) { await null; i++; }
  console.log('awaited', i);
})();
