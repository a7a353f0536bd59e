// Records reference outputs from the real Node.js zlib into tests/vectors.json.
//
//   node tests/record.js            (from the crate root)
//
// Every expected byte in vectors.json comes from node; nothing is hand-written.
// Two kinds of vectors:
//   * "sync":    zlib.deflateSync / deflateRawSync / gzipSync on one input;
//   * "streams": createDeflate / createDeflateRaw / createGzip driven through
//                write / flush / params / end, recording the bytes emitted by
//                each step.
'use strict';

const zlib = require('zlib');
const fs = require('fs');
const path = require('path');

const C = zlib.constants;

// ---------------------------------------------------------------- inputs --

// Deterministic PRNG (mulberry32) so the vectors can be regenerated exactly.
function rng(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const inputs = {};
const repeatOf = {};
function addInput(name, buf) {
  inputs[name] = Buffer.from(buf);
  return name;
}

addInput('empty', Buffer.alloc(0));
addInput('hello', Buffer.from('hello'));
addInput('hello_world_rep', Buffer.from('hello world hello world hello world hello world'));
addInput('ab50', Buffer.from('ab'.repeat(50)));
addInput('a300', Buffer.from('a'.repeat(300)));
addInput('abc_mix', Buffer.from('abcabcabdabcabcabcabdabcabcXabcabcabcabdabc'.repeat(7)));
addInput('zeros1000', Buffer.alloc(1000));
{
  const b = Buffer.alloc(256 * 4 + 3000);
  for (let i = 0; i < 256 * 4; i++) b[i] = i & 255;
  const r = rng(7);
  for (let i = 256 * 4; i < b.length; i++) b[i] = Math.floor(r() * 256);
  addInput('binary', b);
}
{
  let s = '';
  for (let i = 0; i < 3000; i++) s += (i * 2654435761 % 1000003).toString(36);
  addInput('b36', Buffer.from(s));
}
{
  // ~200 KB of low-entropy generated text: words from a tiny vocabulary,
  // runs of repeated bytes and small numbers.
  const words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog',
    'zlib', 'deflate', 'window', 'hash', 'chain', 'match', 'block', 'tree'];
  const r = rng(12345);
  const parts = [];
  let len = 0;
  while (len < 200 * 1024) {
    let p;
    const x = r();
    if (x < 0.8) p = words[Math.floor(r() * words.length)] + ' ';
    else if (x < 0.9) p = String(Math.floor(r() * 1000)) + '\n';
    else p = String.fromCharCode(97 + Math.floor(r() * 4)).repeat(1 + Math.floor(r() * 40));
    parts.push(p);
    len += p.length;
  }
  addInput('lowent200k', Buffer.from(parts.join('')).subarray(0, 200 * 1024));
}
{
  // 256 KiB of text-like data: words from a small vocabulary with punctuation and line
  // breaks, drawn from a seeded generator (real text's mix of short and long matches).
  const words = ('the of and to in is that for it as with was on be by at this from or an are ' +
    'stream buffer event loop callback promise timer immediate socket server request response ' +
    'compression deflate inflate window match literal length distance block huffman tree ' +
    'function return const let value error message process thread pool queue phase poll check').split(' ');
  const textOf = (seed, size) => {
    const r = rng(seed);
    const parts = [];
    let len = 0;
    let col = 0;
    while (len < size) {
      let w = words[Math.floor(r() * r() * words.length)];
      if (r() < 0.08) w = w[0].toUpperCase() + w.slice(1);
      const p = r();
      w += p < 0.06 ? '. ' : p < 0.1 ? ', ' : ' ';
      col += w.length;
      if (col > 72) { w += '\n'; col = 0; }
      parts.push(w);
      len += w.length;
    }
    return Buffer.from(parts.join('')).subarray(0, size);
  };
  addInput('text256k', textOf(2024, 256 * 1024));
  // One text repeated (period below the 32 KiB window). Stored as the text plus a target
  // length; the replay repeats it the same way.
  const one = textOf(77, 28933);
  const rep = [];
  let l2 = 0;
  while (l2 < 1 << 20) { rep.push(one); l2 += one.length; }
  addInput('textrep1m', Buffer.concat(rep).subarray(0, 1 << 20));
  repeatOf.textrep1m = { base: 'textrep', len: 1 << 20 };
  addInput('textrep', one);
}
{
  // Random bytes with planted 3-byte matches: "PQRS" and later "PQR(S^0x80)",
  // which share a hash bucket but match only 3 bytes, at distances around
  // the lazy matcher's TOO_FAR limit of 4096.
  const r = rng(4242);
  const b = Buffer.alloc(60000);
  for (let i = 0; i < b.length; i++) b[i] = Math.floor(r() * 256);
  let pos = 100;
  for (const d of [10, 300, 4000, 4095, 4096, 4097, 4098, 5000, 20000, 100, 4096, 4097]) {
    const x = [Math.floor(r() * 256), Math.floor(r() * 256), Math.floor(r() * 256), Math.floor(r() * 256)];
    for (let k = 0; k < 4; k++) b[pos + k] = x[k];
    for (let k = 0; k < 3; k++) b[pos + d + k] = x[k];
    b[pos + d + 3] = x[3] ^ 0x80;
    pos += d + 1500;
    if (pos + 20010 > b.length) break;
  }
  addInput('planted3', b.subarray(0, pos + 100));
}
addInput('tail_ld', Buffer.from('0123456789ld'));
addInput('tail_x', Buffer.from('x'));
addInput('tail_rest', Buffer.concat([Buffer.from('y-----ldx'), Buffer.from([0]), Buffer.from('-----ldxy-----0123456789ldxy--')]));
addInput('stale_old', Buffer.from('zzzzQ' + 'the quick brown fox jumps over the lazy dog '.repeat(40)));
addInput('stale_abc', Buffer.from('xabc'));
addInput('stale_rest', Buffer.from('R-----abcQ-----abcR-----abcQz--'));
addInput('dict_words', Buffer.from('hello world the quick brown fox zlib deflate abcabcabd '));
{
  const r = rng(99);
  const b = Buffer.alloc(2000);
  const alpha = 'abcdefghij0123456789';
  for (let i = 0; i < b.length; i++) b[i] = alpha.charCodeAt(Math.floor(r() * alpha.length));
  addInput('dict2000', b);
}
addInput('dict40k', inputs.text256k.subarray(100000, 140000));
addInput('dict_empty', Buffer.alloc(0));
addInput('b36_tail', inputs.b36.subarray(6000));
addInput('text_slice', inputs.text256k.subarray(200000, 240000));

// ------------------------------------------------------------ sync vectors --

const syncVectors = [];
const seen = new Set();

function syncFn(wrap) {
  return wrap === 'raw' ? zlib.deflateRawSync : wrap === 'gzip' ? zlib.gzipSync : zlib.deflateSync;
}

function addSync(input, wrap, o = {}) {
  const opts = {};
  for (const k of ['level', 'windowBits', 'memLevel', 'strategy', 'chunkSize']) {
    if (o[k] !== undefined) opts[k] = o[k];
  }
  if (o.dict !== undefined) opts.dictionary = inputs[o.dict];
  const key = JSON.stringify([input, wrap, o]);
  if (seen.has(key)) return;
  seen.add(key);
  let out;
  try {
    out = syncFn(wrap)(inputs[input], opts);
  } catch (e) {
    console.error('skipping', key, e.message);
    return;
  }
  syncVectors.push({
    id: `sync:${input}:${wrap}:${JSON.stringify(o)}`,
    input,
    wrap,
    level: o.level === undefined ? -1 : o.level,
    windowBits: o.windowBits === undefined ? 15 : o.windowBits,
    memLevel: o.memLevel === undefined ? 8 : o.memLevel,
    strategy: o.strategy === undefined ? 0 : o.strategy,
    chunkSize: o.chunkSize === undefined ? 16384 : o.chunkSize,
    dict: o.dict === undefined ? null : o.dict,
    ...expected(out),
  });
}

// Outputs up to FULL_LIMIT bytes are stored in full; longer ones as their
// length, SHA-256 and first bytes (the full bytes would make the file huge).
const FULL_LIMIT = 20000;
function expected(buf) {
  if (buf.length <= FULL_LIMIT) return { out: buf.toString('base64') };
  return {
    outLen: buf.length,
    outSha256: require('crypto').createHash('sha256').update(buf).digest('hex'),
    outHead: buf.subarray(0, 2048).toString('base64'),
  };
}

const WRAPS = ['zlib', 'raw', 'gzip'];
const LEVELS = [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const SMALL = ['empty', 'hello', 'hello_world_rep', 'ab50', 'a300', 'abc_mix', 'zeros1000',
  'binary', 'b36'];

for (const input of SMALL) {
  for (const wrap of WRAPS) {
    for (const level of LEVELS) addSync(input, wrap, { level });
    for (const strategy of [1, 2, 3, 4]) {
      for (const level of [1, 4, 6, 9]) addSync(input, wrap, { level, strategy });
    }
  }
  for (const level of [0, 1, 6, 9]) {
    for (const memLevel of [1, 2, 8, 9]) addSync(input, 'zlib', { level, memLevel });
    for (const windowBits of [8, 9, 10, 12, 15]) {
      addSync(input, 'zlib', { level, windowBits });
      addSync(input, 'raw', { level, windowBits });
    }
    for (const chunkSize of [64, 100, 1024]) {
      addSync(input, 'zlib', { level, chunkSize });
      addSync(input, 'gzip', { level, chunkSize });
    }
  }
}

for (const input of ['lowent200k']) {
  for (const wrap of WRAPS) {
    for (const level of LEVELS) addSync(input, wrap, { level });
  }
  for (const strategy of [1, 2, 3, 4]) {
    for (const level of [1, 5, 6, 9]) addSync(input, 'zlib', { level, strategy });
  }
  for (const level of [0, 1, 3, 4, 6, 9]) {
    for (const memLevel of [1, 5, 9]) addSync(input, 'raw', { level, memLevel });
    for (const windowBits of [9, 12]) addSync(input, 'raw', { level, windowBits });
    addSync(input, 'zlib', { level, chunkSize: 64 });
    addSync(input, 'zlib', { level, memLevel: 1, windowBits: 9, chunkSize: 100 });
  }
}

for (const level of [0, 1, 2, 4, 6, 9]) addSync('text256k', 'zlib', { level });
addSync('text256k', 'gzip', {});
addSync('text256k', 'raw', { level: 3, chunkSize: 64 });
addSync('text256k', 'raw', { level: 0, chunkSize: 1000 });
for (const strategy of [1, 2, 3, 4]) addSync('text256k', 'raw', { level: 6, strategy });
addSync('text256k', 'raw', { level: 6, windowBits: 9 });
addSync('text256k', 'raw', { level: 5, windowBits: 12, memLevel: 1 });
addSync('text256k', 'raw', { level: 8, memLevel: 9 });
addSync('text256k', 'raw', { level: 7, memLevel: 1 });
for (const level of [1, 6, 9]) addSync('textrep1m', 'zlib', { level });

// Dictionaries (node ignores an empty dictionary and, for gzip, any).
for (const dict of ['dict_words', 'dict2000', 'dict40k', 'dict_empty']) {
  for (const input of ['hello', 'abc_mix', 'b36', 'text_slice']) {
    for (const level of [0, 1, 4, 6, 9]) {
      addSync(input, 'zlib', { level, dict });
      addSync(input, 'raw', { level, dict });
    }
    addSync(input, 'zlib', { level: 6, dict, windowBits: 9 });
    addSync(input, 'raw', { level: 2, dict, windowBits: 10 });
    addSync(input, 'raw', { level: 6, dict, windowBits: 12, memLevel: 1 });
    addSync(input, 'gzip', { level: 6, dict });
  }
}

// ---------------------------------------------------------- stream vectors --

function createStream(wrap, opts) {
  if (wrap === 'raw') return zlib.createDeflateRaw(opts);
  if (wrap === 'gzip') return zlib.createGzip(opts);
  return zlib.createDeflate(opts);
}

function tick() {
  return new Promise((r) => setImmediate(r));
}

function stepData(step) {
  return inputs[step.input].subarray(step.start, step.end);
}

async function runStream(spec) {
  const opts = {};
  for (const k of ['level', 'windowBits', 'memLevel', 'strategy', 'chunkSize', 'flush']) {
    if (spec.opts[k] !== undefined) opts[k] = spec.opts[k];
  }
  if (spec.opts.dict !== undefined) opts.dictionary = inputs[spec.opts.dict];
  const s = createStream(spec.wrap, opts);
  let cur = [];
  s.on('data', (d) => cur.push(Buffer.from(d)));
  let failed = null;
  s.on('error', (e) => { failed = e; });
  const outs = [];
  for (const step of spec.steps) {
    await new Promise((resolve) => {
      if (step.op === 'write') s.write(stepData(step), resolve);
      else if (step.op === 'flush') {
        if (step.kind === null) s.flush(resolve);
        else s.flush(step.kind, resolve);
      } else if (step.op === 'params') s.params(step.level, step.strategy, resolve);
      else if (step.op === 'reset') { s.reset(); resolve(); }
      else if (step.op === 'end') { s.on('end', resolve); s.end(); }
      else if (step.op === 'endWith') { s.on('end', resolve); s.end(stepData(step)); }
      else throw new Error('bad op ' + step.op);
    });
    await tick();
    await tick();
    outs.push(expected(Buffer.concat(cur)));
    cur = [];
    if (failed) throw failed;
  }
  return outs;
}

const streamSpecs = [];
function addStream(id, wrap, opts, steps) {
  streamSpecs.push({ id: `stream:${id}`, wrap, opts, steps });
}
const W = (input, start, end) => ({
  op: 'write', input, start: Math.min(start, inputs[input].length), end: Math.min(end, inputs[input].length),
});
const F = (kind) => ({ op: 'flush', kind: kind === undefined ? null : kind });
const P = (level, strategy) => ({ op: 'params', level, strategy });
const END = { op: 'end' };
const RESET = { op: 'reset' };

for (const wrap of WRAPS) {
  addStream(`hello-flushes-${wrap}`, wrap, {}, [
    W('hello', 0, 5), F(), W('hello_world_rep', 5, 20), F(C.Z_SYNC_FLUSH),
    W('hello_world_rep', 0, 11), F(C.Z_PARTIAL_FLUSH), W('hello', 0, 5), F(C.Z_BLOCK),
    W('hello', 0, 5), F(C.Z_FULL_FLUSH), F(C.Z_FULL_FLUSH), END]);
  addStream(`params-${wrap}`, wrap, {}, [
    W('b36', 0, 4000), P(9, 0), W('b36', 4000, 8000), P(1, 0), W('b36', 8000, 12000),
    P(0, 0), W('b36', 0, 3000), P(6, 0), W('b36', 3000, 6000), P(6, 2), W('b36', 0, 5000),
    P(4, 3), W('zeros1000', 0, 1000), P(5, 4), W('b36', 100, 900), END]);
  addStream(`small-chunks-${wrap}`, wrap, { chunkSize: 64, level: 0 }, [
    W('b36', 0, 300), F(C.Z_SYNC_FLUSH), W('b36', 300, 2000), W('b36', 2000, 2001),
    F(C.Z_PARTIAL_FLUSH), W('binary', 0, 4000), F(C.Z_BLOCK), { op: 'endWith', input: 'b36', start: 0, end: 700 }]);
}
addStream('empty-flush-first-raw', 'raw', {}, [F(C.Z_SYNC_FLUSH), F(C.Z_SYNC_FLUSH), W('hello', 0, 5), END]);
addStream('empty-end-zlib', 'zlib', {}, [END]);
addStream('params-first-zlib', 'zlib', { level: 1 }, [P(9, 1), W('lowent200k', 0, 50000), P(2, 0), W('lowent200k', 50000, 120000), END]);
addStream('stored-to-9-raw', 'raw', { level: 0 }, [
  W('text256k', 0, 70000), P(9, 0), W('text256k', 70000, 90000), P(0, 0), W('text256k', 90000, 200000),
  P(3, 0), W('text256k', 200000, 210000), END]);
addStream('stored-small-to-6-zlib', 'zlib', { level: 0, chunkSize: 1024 }, [
  W('text256k', 0, 20000), P(6, 0), W('text256k', 20000, 40000), END]);
addStream('dict-raw-flushes', 'raw', { dict: 'dict_words', level: 5 }, [
  W('abc_mix', 0, 100), F(C.Z_SYNC_FLUSH), W('abc_mix', 100, 301), F(C.Z_FULL_FLUSH), W('hello_world_rep', 0, 40), END]);
addStream('dict-zlib-params', 'zlib', { dict: 'dict2000', level: 3, windowBits: 9 }, [
  W('b36', 0, 2000), P(8, 0), W('b36', 2000, 5000), END]);
addStream('sync-default-flush-zlib', 'zlib', { flush: C.Z_SYNC_FLUSH, chunkSize: 128 }, [
  W('b36', 0, 1000), W('b36', 1000, 1500), W('hello', 0, 5), END]);
addStream('partial-default-flush-gzip', 'gzip', { flush: C.Z_PARTIAL_FLUSH, level: 2 }, [
  W('lowent200k', 0, 10000), W('lowent200k', 10000, 10001), END]);

// Targeted: length-3 matches near TOO_FAR, Chromium's four-byte priming
// rule in fill_window, and hashes that read stale window bytes.
for (const level of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
  addStream(`planted3-l${level}`, 'raw', { level }, [W('planted3', 0, 1e9), END]);
}
addStream('planted3-filtered', 'raw', { level: 6, strategy: 1 }, [W('planted3', 0, 1e9), END]);
for (const level of [1, 3, 4, 6, 9]) {
  for (const wrap of ['raw', 'zlib']) {
    addStream(`prime-boundary-${wrap}-l${level}`, wrap, { level }, [
      W('tail_ld', 0, 100), F(C.Z_SYNC_FLUSH), W('tail_x', 0, 1), F(C.Z_SYNC_FLUSH),
      W('tail_rest', 0, 100), END]);
    addStream(`prime-boundary2-${wrap}-l${level}`, wrap, { level }, [
      W('tail_ld', 0, 100), F(C.Z_SYNC_FLUSH), W('tail_x', 0, 1), W('tail_rest', 0, 100), END]);
    addStream(`stale-byte-${wrap}-l${level}`, wrap, { level }, [
      W('stale_old', 0, 1e9), F(C.Z_FULL_FLUSH), W('stale_abc', 0, 4), F(C.Z_SYNC_FLUSH),
      W('stale_rest', 0, 100), END]);
    addStream(`stale-byte2-${wrap}-l${level}`, wrap, { level }, [
      W('stale_old', 0, 1e9), F(C.Z_FULL_FLUSH), W('stale_abc', 0, 4), F(C.Z_FULL_FLUSH),
      W('stale_abc', 0, 3), F(C.Z_SYNC_FLUSH), W('stale_rest', 0, 100), END]);
  }
}
for (const wrap of WRAPS) {
  for (const level of [0, 1, 5, 6]) {
    addStream(`reset-stale-${wrap}-l${level}`, wrap, { level }, [
      W('stale_old', 0, 1e9), F(C.Z_SYNC_FLUSH), RESET, W('stale_abc', 0, 4), F(C.Z_SYNC_FLUSH),
      W('stale_rest', 0, 100), END]);
    addStream(`reset-midblock-${wrap}-l${level}`, wrap, { level, chunkSize: 1000 }, [
      W('b36', 0, 5000), RESET, W('b36', 5000, 9000), P(9, 0), W('b36', 0, 3000), RESET,
      W('hello', 0, 5), END]);
  }
}
addStream('reset-dict-zlib', 'zlib', { dict: 'dict_words', level: 6 }, [
  W('hello_world_rep', 0, 47), F(C.Z_SYNC_FLUSH), RESET, W('hello_world_rep', 0, 47), END]);
addStream('reset-dict-raw', 'raw', { dict: 'dict2000', level: 2 }, [
  W('b36', 0, 3000), RESET, W('b36', 0, 3000), END]);
for (const level of [1, 4, 6, 9]) {
  addSync('planted3', 'zlib', { level });
  addSync('planted3', 'raw', { level, memLevel: 1 });
}

// Random operation sequences.
{
  const r = rng(2024);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const sources = ['b36', 'lowent200k', 'text256k', 'binary', 'zeros1000', 'abc_mix'];
  for (let n = 0; n < 60; n++) {
    const wrap = pick(WRAPS);
    const opts = {};
    if (r() < 0.7) opts.level = pick(LEVELS);
    if (r() < 0.3) opts.strategy = pick([0, 1, 2, 3, 4]);
    if (r() < 0.3) opts.memLevel = pick([1, 2, 4, 8, 9]);
    if (r() < 0.3) opts.windowBits = pick([9, 10, 11, 12, 13, 15]);
    if (r() < 0.5) opts.chunkSize = pick([64, 100, 300, 1024, 5000]);
    if (wrap !== 'gzip' && r() < 0.2) opts.dict = pick(['dict_words', 'dict2000', 'dict40k']);
    const steps = [];
    const nsteps = 3 + Math.floor(r() * 12);
    for (let i = 0; i < nsteps; i++) {
      const x = r();
      if (x < 0.55) {
        const src = pick(sources);
        const maxLen = pick([1, 10, 300, 3000, 20000, 70000]);
        const len = Math.floor(r() * maxLen);
        const start = Math.floor(r() * Math.max(1, inputs[src].length - len));
        steps.push(W(src, start, Math.min(inputs[src].length, start + len)));
      } else if (x < 0.57) {
        steps.push(RESET);
      } else if (x < 0.8) {
        steps.push(F(pick([undefined, C.Z_PARTIAL_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_BLOCK])));
      } else {
        steps.push(P(pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), pick([0, 0, 0, 1, 2, 3, 4])));
      }
    }
    if (r() < 0.3) {
      const src = pick(sources);
      steps.push({ op: 'endWith', input: src, start: 0, end: Math.min(inputs[src].length, Math.floor(r() * 5000)) });
    } else {
      steps.push(END);
    }
    addStream(`random-${n}`, wrap, opts, steps);
  }
}

// ------------------------------------------------------------------ write --

(async () => {
  const streams = [];
  for (const spec of streamSpecs) {
    const outs = await runStream(spec);
    streams.push({ ...spec, outs });
  }
  // Inputs go to tests/data/<name>.bin (repeated ones as a recipe).
  const dataDir = path.join(__dirname, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  for (const f of fs.readdirSync(dataDir)) fs.unlinkSync(path.join(dataDir, f));
  const inputIndex = {};
  for (const [k, v] of Object.entries(inputs)) {
    if (repeatOf[k]) {
      inputIndex[k] = { repeat: repeatOf[k].base, len: repeatOf[k].len };
    } else {
      fs.writeFileSync(path.join(dataDir, `${k}.bin`), v);
      inputIndex[k] = { file: `data/${k}.bin`, len: v.length };
    }
  }
  const doc = {
    node: process.version,
    zlib: process.versions.zlib,
    inputs: inputIndex,
    sync: syncVectors,
    streams,
  };
  const file = path.join(__dirname, 'vectors.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  console.log(`wrote ${file}: ${syncVectors.length} sync vectors, ${streams.length} stream vectors`);
})().catch((e) => { console.error(e); process.exit(1); });
