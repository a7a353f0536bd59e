// Checks Rule 8: a rejection created in a timer and handled in a setImmediate is too late (exit 1).
setTimeout(() => {
  const p = Promise.reject(new Error('late'));
  setImmediate(() => { console.log('immediate (never)'); p.catch(() => {}); });
  console.log('timer');
}, 0);
process.on('exit', (c) => console.log('exit', c));
