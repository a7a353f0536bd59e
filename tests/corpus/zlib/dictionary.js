// Checks the dictionary option: deflate output bytes with a preset dictionary (FDICT header and dictid), inflate with the right, wrong and missing dictionary, raw deflate dictionaries, and stream use.
const zlib = require('zlib');
const dict = Buffer.from('the quick brown fox jumps over the lazy dog');
const text = 'the lazy dog jumps over the quick brown fox';
const withDict = zlib.deflateSync(text, { dictionary: dict });
const without = zlib.deflateSync(text);
console.log('with dict', withDict.toString('hex'));
console.log('without', without.toString('hex'));
console.log('smaller with dict', withDict.length < without.length, withDict.length, without.length);
console.log('FDICT flag set', (withDict[1] & 0x20) !== 0, 'without', (without[1] & 0x20) !== 0);
console.log('header check ok', ((withDict[0] << 8) | withDict[1]) % 31 === 0);
console.log('dictid', withDict.readUInt32BE(2).toString(16));
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', JSON.stringify(r.toString())); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); }
};
show('inflate right dict', () => zlib.inflateSync(withDict, { dictionary: dict }));
show('inflate missing dict', () => zlib.inflateSync(withDict));
show('inflate wrong dict', () => zlib.inflateSync(withDict, { dictionary: Buffer.from('other dictionary') }));
show('inflate dict not needed', () => zlib.inflateSync(without, { dictionary: dict }));
show('unzip right dict', () => zlib.unzipSync(withDict, { dictionary: dict }));
show('unzip missing dict', () => zlib.unzipSync(withDict));
show('dict as Uint8Array', () => zlib.inflateSync(withDict, { dictionary: new Uint8Array(dict) }));
show('dict as ArrayBuffer', () => zlib.inflateSync(zlib.deflateSync(text, { dictionary: new Uint8Array(dict).buffer }), { dictionary: dict }));
show('dict as DataView', () => zlib.inflateSync(withDict, { dictionary: new DataView(dict.buffer, dict.byteOffset, dict.length) }));
const raw = zlib.deflateRawSync(text, { dictionary: dict });
console.log('raw with dict', raw.toString('hex'));
show('inflateRaw right dict', () => zlib.inflateRawSync(raw, { dictionary: dict }));
show('inflateRaw no dict', () => zlib.inflateRawSync(raw));
const g = zlib.gzipSync(text, { dictionary: dict });
console.log('gzip ignores dictionary?', g.equals(zlib.gzipSync(text)), g.length);
show('gunzip with dict option', () => zlib.gunzipSync(zlib.gzipSync(text), { dictionary: dict }));
const empty = zlib.deflateSync(text, { dictionary: Buffer.alloc(0) });
console.log('empty dict', empty.equals(without), empty.toString('hex').slice(0, 8));
const big = Buffer.alloc(40000);
for (let i = 0; i < big.length; i++) big[i] = 97 + ((i * 31) % 26);
const bigOut = zlib.deflateSync(big.subarray(0, 1000), { dictionary: big });
console.log('dict larger than window', bigOut.length, zlib.inflateSync(bigOut, { dictionary: big }).equals(big.subarray(0, 1000)));
zlib.inflate(withDict, (err) => {
  console.log('async missing dict', err.code, err.errno, err.message);
  zlib.inflate(withDict, { dictionary: dict }, (err2, out) => {
    console.log('async right dict', err2, out.toString() === text);
    const d = zlib.createDeflate({ dictionary: dict });
    const i = zlib.createInflate({ dictionary: dict });
    const parts = [];
    d.pipe(i);
    i.on('data', (c) => parts.push(c));
    i.on('end', () => {
      console.log('stream with dict', JSON.stringify(Buffer.concat(parts).toString()));
      const bad = zlib.createInflate();
      bad.on('error', (e) => console.log('stream missing dict', e.code, e.errno, e.message));
      bad.end(withDict);
    });
    d.write('the quick ');
    d.end('brown fox');
  });
});
