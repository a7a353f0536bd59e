// Checks setting process.exitCode inside an 'exit' handler changes the final exit code (Rule 13).
process.on('exit', (code) => {
  console.log('code was', code);
  process.exitCode = 9;
});
