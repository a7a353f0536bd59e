// Seed "Backpressure" bad vs good, in memory: a fast source, a slow writer; ignoring write()'s false buffers everything, pipe() waits for 'drain'.
const { Readable, Writable } = require('stream');

// A fast source: 32 CSV rows of 1 KiB each, produced on demand.
function createSource() {
  let row = 0;
  return new Readable({
    read() {
      this.push(row < 32 ? `row-${String(row++).padStart(3, '0')},${'x'.repeat(1015)}\n` : null);
    },
  });
}
// A slow destination ("disk"): each write completes on the next loop iteration.
function createSlowWriter() {
  return new Writable({
    highWaterMark: 4096, // write() returns false once 4 KiB are waiting
    write(chunk, encoding, callback) { setImmediate(callback); },
  });
}
// Measures how many bytes wait in the writer's memory after each chunk.
function trackPeak(readable, writable, label) {
  let peak = 0;
  readable.on('data', () => { peak = Math.max(peak, writable.writableLength); });
  writable.on('finish', () => console.log(label, 'peak buffered bytes:', peak));
}

// BAD: Ignoring backpressure
const readable = createSource();
const writable = createSlowWriter();
let ignored = 0;
readable.on('data', (chunk) => {
  // If write() returns false, we MUST wait for 'drain'
  if (!writable.write(chunk)) ignored++;
});
trackPeak(readable, writable, 'bad:');
readable.on('end', () => {
  console.log('bad: write() returned false', ignored, 'times');
  writable.end();
});

// GOOD: Using pipe() — handles backpressure automatically (started when the bad copy is done)
writable.on('finish', () => {
  const readable2 = createSource();
  const writable2 = createSlowWriter();
  let drains = 0;
  writable2.on('drain', () => drains++);
  readable2.pipe(writable2);
  trackPeak(readable2, writable2, 'pipe:');
  writable2.on('finish', () => console.log('pipe: paused the source, resumed on drain', drains, 'times'));
});
