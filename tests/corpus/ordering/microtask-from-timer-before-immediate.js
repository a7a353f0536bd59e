// Checks that a microtask chain started in a timer completes before the check phase immediates (Rule 1).
setTimeout(() => {
  setImmediate(() => console.log('immediate'));
  let p = Promise.resolve();
  for (let i = 0; i < 5; i++) p = p.then(() => console.log('chain', i));
}, 0);
