// Checks 'beforeExit' fires when the loop empties, can schedule more work, and fires again; stops after 2 rounds (Rule 13).
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit', rounds, 'code', code);
  if (rounds < 3) setTimeout(() => console.log('work from round', rounds), 1);
});
process.on('exit', (code) => console.log('exit', code, 'rounds', rounds));
console.log('main');
