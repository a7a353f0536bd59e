// Checks calling process.exit(n) inside an 'exit' handler sets the final code and skips later handlers (Rule 13).
process.on('exit', (code) => { console.log('handler 1, code', code); process.exit(5); });
process.on('exit', () => console.log('handler 2 (never)'));
process.exit(2);
