// The seed's backpressure section on a generated CSV: ignoring backpressure, pipe(), and pipeline() with a Transform.
const fs = require('fs');
const { Transform } = require('stream');
const dir = '/tmp/loopscope-corpus-seed-backpressure';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/huge-file.csv`, Array.from({ length: 50000 }, (_, i) => `row-${i},${i % 97},lorem ipsum`).join('\n'));

// BAD: Ignoring backpressure
const readable = fs.createReadStream(`${dir}/huge-file.csv`);
const writable = fs.createWriteStream(`${dir}/output.csv`);
let ignored = 0;
readable.on('data', (chunk) => {
  // If write() returns false, we MUST wait for 'drain'
  if (!writable.write(chunk)) ignored++;
});
readable.on('end', () => writable.end(() => console.log('bad: done, write() returned false', ignored, 'times')));

// GOOD: Using pipe() — handles backpressure automatically
const readable2 = fs.createReadStream(`${dir}/huge-file.csv`);
const writable2 = fs.createWriteStream(`${dir}/output2.csv`);
readable2.pipe(writable2).on('finish', () => console.log('pipe: done', fs.statSync(`${dir}/output2.csv`).size));

// GOOD: Using pipeline() — handles errors AND backpressure
const { pipeline } = require('stream/promises');
async function processFile() {
  await pipeline(
    fs.createReadStream(`${dir}/huge-file.csv`),
    new Transform({
      transform(chunk, encoding, callback) {
        // Process each chunk
        const processed = chunk.toString().toUpperCase();
        callback(null, processed);
      }
    }),
    fs.createWriteStream(`${dir}/output3.csv`)
  );
  console.log('Pipeline completed');
}
processFile().then(() => {
  console.log(fs.readFileSync(`${dir}/output3.csv`, 'utf8').slice(0, 20));
  setTimeout(() => fs.rmSync(dir, { recursive: true }), 50);
});
