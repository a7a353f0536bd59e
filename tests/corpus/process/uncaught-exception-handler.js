// Checks an 'uncaughtException' handler receives (err, origin) and the process continues with other work.
process.on('uncaughtException', (err, origin) => {
  console.log('handler:', err.message, origin);
});
setTimeout(() => console.log('later timer still runs'), 5);
console.log('before throw');
throw new Error('top-level boom');
