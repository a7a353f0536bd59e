// Checks that a nextTick queued from a 'beforeExit' handler runs before 'exit' (Rule 13).
process.once('beforeExit', () => {
  process.nextTick(() => console.log('tick from beforeExit'));
  console.log('beforeExit');
});
process.on('exit', () => console.log('exit'));
