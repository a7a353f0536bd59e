// Checks setEncoding with multibyte UTF-8/UTF-16/base64/hex characters split across pushed chunks.
const { Readable, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function collect(label, enc, chunks, next) {
  const r = new Readable({ read() {} });
  r.setEncoding(enc);
  const out = [];
  r.on('data', (s) => out.push(JSON.stringify(s)));
  r.on('end', () => { log(label, enc, typeof out[0], out.length, out.join(',')); next(); });
  for (const c of chunks) r.push(c);
  r.push(null);
}
const euro = Buffer.from('€'); // e2 82 ac
const smile = Buffer.from('😀'); // 4 bytes
const tasks = [
  (n) => collect('euro split 1+2', 'utf8', [euro.subarray(0, 1), euro.subarray(1)], n),
  (n) => collect('euro split bytewise', 'utf8', [euro.subarray(0, 1), euro.subarray(1, 2), euro.subarray(2)], n),
  (n) => collect('emoji split 3+1 with text', 'utf8', [Buffer.concat([Buffer.from('a'), smile.subarray(0, 3)]), Buffer.concat([smile.subarray(3), Buffer.from('b')])], n),
  (n) => collect('truncated at end', 'utf8', [Buffer.from('ok'), smile.subarray(0, 2)], n),
  (n) => collect('utf16le odd split', 'utf16le', [Buffer.from('hé', 'utf16le').subarray(0, 3), Buffer.from('hé', 'utf16le').subarray(3)], n),
  (n) => collect('base64 split', 'base64', [Buffer.from('hell'), Buffer.from('o!')], n),
  (n) => collect('hex', 'hex', [Buffer.from([0, 255]), Buffer.from([16])], n),
  (n) => collect('latin1', 'latin1', [Buffer.from([0xe9, 0x41])], n),
  (n) => collect('string push decoded', 'utf8', ['plain', 'tëxt'], n),
];
function runAll(i) {
  if (i < tasks.length) return tasks[i](() => runAll(i + 1));
  const p = new PassThrough();
  p.setEncoding('utf8');
  log('readableEncoding', p.readableEncoding);
  p.write(smile.subarray(0, 1));
  p.write(smile.subarray(1, 2));
  log('read after 2 of 4 bytes', JSON.stringify(p.read()), 'len', p.readableLength);
  p.write(smile.subarray(2));
  log('read after all bytes', JSON.stringify(p.read()), 'len', p.readableLength);
  const r = new Readable({ read() {} });
  r.push(Buffer.from('€uro'));
  log('len before setEncoding', r.readableLength);
  r.setEncoding('utf8');
  log('len after setEncoding', r.readableLength, JSON.stringify(r.read(2)), JSON.stringify(r.read()));
  try { r.setEncoding('nope'); } catch (e) { log('bad encoding', e.code, e.name, e.message); }
}
runAll(0);
