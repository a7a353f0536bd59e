// Checks stream.pipeline and stream/promises pipeline from an fs read stream through Transforms into a write stream, reading the result back, and pipeline errors (missing source, failing transform).
const fs = require('fs');
const { pipeline, Transform, PassThrough } = require('stream');
const sp = require('stream/promises');
const dir = '/tmp/loopscope-corpus-fs-pipeline-transform-file';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const r = (s) => String(s).split(dir).join('<dir>');
const lines = Array.from({ length: 300 }, (_, i) => `line ${i} ${'x'.repeat(i % 7)}`);
fs.writeFileSync(`${dir}/in.txt`, lines.join('\n') + '\n');

let seen = 0;
const upper = new Transform({
  transform(chunk, enc, cb) { seen++; cb(null, chunk.toString('latin1').toUpperCase()); },
});
const src = fs.createReadStream(`${dir}/in.txt`, { highWaterMark: 1024 });
const dst = fs.createWriteStream(`${dir}/out.txt`);
const ret = pipeline(src, upper, dst, (err) => {
  console.log('pipeline cb', err);
  console.log('returned dst', ret === dst, 'transform calls', seen, 'bytesRead', src.bytesRead, 'bytesWritten', dst.bytesWritten);
  console.log('src destroyed', src.destroyed, 'dst destroyed', dst.destroyed, 'dst closed', dst.closed);
  const out = fs.readFileSync(`${dir}/out.txt`, 'utf8').split('\n');
  console.log('out lines', out.length, JSON.stringify(out[0]), JSON.stringify(out[299]), JSON.stringify(out[300]));
  second();
});

async function second() {
  // line-splitting transform with flush, async pipeline
  let carry = '';
  let count = 0;
  const splitter = new Transform({
    readableObjectMode: true,
    transform(chunk, enc, cb) {
      const parts = (carry + chunk).split('\n');
      carry = parts.pop();
      for (const p of parts) this.push(p);
      cb();
    },
    flush(cb) { if (carry) this.push(carry); cb(); },
  });
  const numberer = new Transform({
    writableObjectMode: true,
    transform(line, enc, cb) { count++; cb(null, count % 100 === 0 ? `${count}:${line}\n` : ''); },
  });
  const res = await sp.pipeline(fs.createReadStream(`${dir}/out.txt`, { encoding: 'utf8', highWaterMark: 77 }), splitter, numberer, fs.createWriteStream(`${dir}/sel.txt`));
  console.log('promise pipeline resolved', res, 'lines', count);
  console.log(fs.readFileSync(`${dir}/sel.txt`, 'utf8').trimEnd());

  // async generator stage between file streams
  const sizes = [];
  await sp.pipeline(
    fs.createReadStream(`${dir}/in.txt`, { start: 0, end: 999, highWaterMark: 256 }),
    async function* (source) { for await (const chunk of source) { sizes.push(chunk.length); yield chunk.subarray(0, 4); } },
    fs.createWriteStream(`${dir}/heads.txt`),
  );
  console.log('generator chunk sizes', sizes.join(','));
  console.log('heads', JSON.stringify(fs.readFileSync(`${dir}/heads.txt`, 'utf8')));
  // missing source
  const d2 = fs.createWriteStream(`${dir}/never.txt`);
  try {
    await sp.pipeline(fs.createReadStream(`${dir}/missing.txt`), new PassThrough(), d2);
  } catch (e) {
    console.log('missing source', e.code, e.syscall, r(e.message), 'dst destroyed', d2.destroyed);
  }
  // transform error
  const failing = new Transform({ transform(c, e, cb) { cb(new Error('boom in transform')); } });
  const s3 = fs.createReadStream(`${dir}/in.txt`);
  const d3 = fs.createWriteStream(`${dir}/partial.txt`);
  pipeline(s3, failing, d3, (err) => {
    console.log('transform error', err.message, 'src destroyed', s3.destroyed, 'dst destroyed', d3.destroyed);
    setTimeout(() => {
      console.log('partial size', fs.statSync(`${dir}/partial.txt`).size, 'never exists', fs.existsSync(`${dir}/never.txt`));
      console.log('files', fs.readdirSync(dir).sort().join(','));
      fs.rmSync(dir, { recursive: true });
      console.log('cleaned', fs.existsSync(dir));
    }, 20);
  });
}
