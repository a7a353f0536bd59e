// pipeline() into process.stdout ends it and calls back (node's stdout is a Writable); stdout is shut by then, so the callback reports through the exit code
const { pipeline, Readable } = require('stream');
pipeline(Readable.from(['a\n', 'b\n']), process.stdout, (err) => {
  process.exitCode = err ? 2 : 3;
  console.log('lost: stdout has ended');
});
