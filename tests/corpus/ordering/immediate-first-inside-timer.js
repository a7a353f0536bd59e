// Checks that setImmediate scheduled inside a timer callback runs before a setTimeout(0) scheduled there (check phase comes first) (Rule 4).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
}, 0);
