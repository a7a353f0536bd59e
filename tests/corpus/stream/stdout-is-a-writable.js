// process.stdout is a real Writable once the stream module is loaded: instanceof, state getters, write callbacks in order, pipe() leaves stdout open, pipeline() ends it and calls back
const { Writable, Readable, pipeline, finished } = require('stream');
const out = process.stdout;
console.log(out instanceof Writable, out instanceof require('events'), out.writable, out.writableEnded);
console.log(out.writableHighWaterMark, out.writableObjectMode, out.writableLength, out.isTTY);
out.write('one\n', () => console.log('cb one'));
out.write(Buffer.from('two\n'));
out.write('7468726565', 'hex');
out.write('\n');
console.log('sync after writes');
process.nextTick(() => console.log('tick'));
const r = Readable.from(['p1\n', 'p2\n']);
r.on('end', () => setTimeout(() => {
  console.log('after pipe, still writable:', out.writable, out.writableEnded);
  out.on('finish', () => console.log('finish event'));
  pipeline(Readable.from(['q1\n', 'q2\n']), out, (err) => {
    console.log('pipeline done', err && err.code, out.writableEnded, out.writableFinished);
    finished(out, (e) => console.log('finished cb', e));
  });
}, 5));
r.pipe(out);
