#!/usr/bin/env node
// Records how real Node.js decompresses a large set of inputs, for
// zlib/binding/tests/inflate_replay.rs to compare against.  Run:  node tests/record.js
//
// Every expected value in tests/vectors.json comes from running Node here;
// nothing is written by hand.  Inputs are stored once as "blobs" (base64) and
// cases refer to a blob plus a list of simple edit operations (truncate, xor a
// byte, set a byte, append another blob), which the replay applies the same way
// and checks against the SHA-256 of the edited input recorded here.
'use strict';

const zlib = require('zlib');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const C = zlib.constants;
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');

// ---------------------------------------------------------------- PRNG
// ZREC_SEED / ZREC_OUT allow an independent recording for cross-checks; the committed
// tests/vectors.json is a sample of the full recording made by tests/trim.js.
let seed = process.env.ZREC_SEED ? Number(process.env.ZREC_SEED) >>> 0 : 0x9e3779b9;
function rnd() {
  // xorshift32
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
}
const rint = (n) => rnd() % n;
function randBytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rnd() & 255;
  return b;
}

// ---------------------------------------------------------------- data
const WORDS = ('the of and to in is that for it as was with be by on not he this are or his ' +
  'from at which but have an had they you were their one all we can her has there been if more ' +
  'when will would who so no inflate deflate window distance literal length stream block ' +
  'header trailer checksum adler crc huffman table symbol').split(' ');
function text(n) {
  const parts = [];
  let len = 0;
  while (len < n) {
    let w = WORDS[rint(WORDS.length)];
    if (rint(10) === 0) w = w.toUpperCase();
    if (rint(17) === 0) w += '.\n';
    else if (rint(9) === 0) w += ',';
    parts.push(w);
    len += w.length + 1;
  }
  return Buffer.from(parts.join(' ')).subarray(0, n);
}
function runs(n) {
  const b = Buffer.alloc(n);
  let i = 0;
  while (i < n) {
    const v = rnd() & 255;
    const l = 1 + rint(300);
    for (let k = 0; k < l && i < n; k++) b[i++] = v;
  }
  return b;
}
function structured(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = ((i * 7) ^ (i >> 5) ^ (i >> 11)) & 255;
  return b;
}
function mixed(n) {
  const out = [];
  let len = 0;
  const gens = [text, runs, randBytes, structured];
  while (len < n) {
    const k = Math.min(n - len, 1 + rint(5000));
    out.push(gens[rint(gens.length)](k));
    len += k;
  }
  return Buffer.concat(out, n);
}
// Data with long-distance repeats (distances near 32K) to exercise windows.
function farRepeats(n) {
  const base = randBytes(Math.min(n, 1500));
  const b = Buffer.alloc(n);
  let i = 0;
  while (i < n) {
    const gap = 20000 + rint(12000);
    if (i >= gap && rint(3) !== 0) {
      const l = Math.min(n - i, 50 + rint(400));
      b.copy(b, i, i - gap, i - gap + l);
      i += l;
    } else {
      const l = Math.min(n - i, 200 + rint(2000));
      for (let k = 0; k < l; k++) b[i + k] = base[(i + k * 3) % base.length] ^ (rint(50) === 0 ? 1 : 0);
      i += l;
    }
  }
  return b;
}

// ---------------------------------------------------------------- blobs
const blobs = [];
const blobIndex = new Map();
function blob(buf) {
  const key = sha(buf);
  if (blobIndex.has(key)) return blobIndex.get(key);
  blobs.push(buf.toString('base64'));
  blobIndex.set(key, blobs.length - 1);
  return blobs.length - 1;
}
const blobBuf = (i) => Buffer.from(blobs[i], 'base64');

function applyOps(id, ops) {
  let b = Buffer.from(blobBuf(id));
  for (const op of ops) {
    if (op[0] === 'trunc') b = b.subarray(0, op[1]);
    else if (op[0] === 'xor') { b = Buffer.from(b); b[op[1]] ^= op[2]; }
    else if (op[0] === 'set') { b = Buffer.from(b); b[op[1]] = op[2]; }
    else if (op[0] === 'cat') b = Buffer.concat([b, blobBuf(op[1])]);
    else throw new Error('bad op ' + op[0]);
  }
  return b;
}

// ---------------------------------------------------------------- results
function describeOutput(buf) {
  if (buf.length <= 48) return { len: buf.length, hex: buf.toString('hex') };
  return { len: buf.length, sha: sha(buf) };
}
function errInfo(e) {
  return { message: e.message, code: e.code, errno: e.errno };
}

const cases = [];
const counts = {};
function tally(group) { counts[group] = (counts[group] || 0) + 1; }

// opts: null for "no options object", else an object with any of
// chunkSize, finishFlush, windowBits, dictionary (a blob id).
function nodeOpts(opts) {
  if (opts === null) return undefined;
  const o = {};
  for (const k of Object.keys(opts)) o[k] = opts[k];
  if (opts.dictionary !== undefined) o.dictionary = blobBuf(opts.dictionary);
  return o;
}

const SYNC = { inflate: 'inflateSync', gunzip: 'gunzipSync', raw: 'inflateRawSync', unzip: 'unzipSync' };
const CREATE = { inflate: 'createInflate', gunzip: 'createGunzip', raw: 'createInflateRaw', unzip: 'createUnzip' };

function addSync(group, mode, id, ops, opts) {
  const input = applyOps(id, ops);
  let expect;
  try {
    const o = nodeOpts(opts);
    const out = o === undefined ? zlib[SYNC[mode]](input) : zlib[SYNC[mode]](input, o);
    expect = { ok: describeOutput(out) };
  } catch (e) {
    if (!e.code || !String(e.code).startsWith('Z_')) throw e;
    expect = { err: errInfo(e) };
  }
  cases.push({ kind: 'sync', group, mode, blob: id, ops, in_sha: sha(input), opts, expect });
  tally(group);
}

function runStream(mode, input, pieces, opts) {
  return new Promise((resolve) => {
    const o = nodeOpts(opts);
    const s = o === undefined ? zlib[CREATE[mode]]() : zlib[CREATE[mode]](o);
    const chunks = [];
    let error = null;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      setImmediate(() => resolve({ chunks, error, bytesWritten: s.bytesWritten }));
    };
    s.on('data', (c) => chunks.push(Buffer.from(c)));
    s.on('error', (e) => { error = errInfo(e); });
    s.on('close', settle);
    setTimeout(settle, 20000).unref();
    let i = 0;
    let off = 0;
    const next = () => {
      if (error || s.destroyed) return;
      if (i >= pieces.length) { s.end(); return; }
      const piece = input.subarray(off, off + pieces[i]);
      off += pieces[i];
      i++;
      s.write(piece, (err) => { if (!err) next(); });
    };
    next();
  });
}

async function addStream(group, mode, id, ops, pattern, opts) {
  const input = applyOps(id, ops);
  const pieces = [];
  let left = input.length;
  for (let k = 0; left > 0; k++) {
    const n = Math.min(left, pattern[k % pattern.length]);
    pieces.push(n);
    left -= n;
  }
  const r = await runStream(mode, input, pieces, opts);
  const all = Buffer.concat(r.chunks);
  const expect = {
    chunks: r.chunks.map((c) => c.length),
    out: describeOutput(all),
    error: r.error,
    bytesWritten: r.bytesWritten,
  };
  cases.push({ kind: 'stream', group, mode, blob: id, ops, in_sha: sha(input), pieces, opts, expect });
  tally(group);
}

// Drives the native handle directly: each call gives (input length, output
// length, flush); the input offset advances by what Node reports consumed.
function addHandle(group, mode, id, ops, opts, plan) {
  const input = applyOps(id, ops);
  const o = nodeOpts(opts);
  const s = o === undefined ? zlib[CREATE[mode]]() : zlib[CREATE[mode]](o);
  const h = s._handle;
  const ws = s._writeState;
  let err = null;
  h.onerror = (message, errno, code) => { err = { message, code, errno }; };
  const calls = [];
  let off = 0;
  let idle = 0;
  for (let k = 0; k < plan.maxCalls; k++) {
    const [inReq, outLen, flush] = plan.step(k, input.length - off);
    const inLen = Math.min(inReq, input.length - off);
    const out = Buffer.alloc(outLen);
    h.writeSync(flush, input, off, inLen, out, 0, outLen);
    if (err) {
      calls.push([off, inLen, outLen, flush, err]);
      break;
    }
    const consumed = inLen - ws[1];
    const produced = outLen - ws[0];
    const o = out.subarray(0, produced);
    calls.push([off, inLen, outLen, flush, consumed, produced, produced <= 48 ? o.toString('hex') : sha(o)]);
    off += consumed;
    if (consumed === 0 && produced === 0) idle++; else idle = 0;
    if (idle >= 3) break;
  }
  s.destroy();
  cases.push({ kind: 'handle', group, mode, blob: id, ops, in_sha: sha(input), opts, calls });
  tally(group);
}

// ---------------------------------------------------------------- helpers
function gzipWithHeader(deflated, rawLen, crc, fields) {
  // fields: {ftext, extra (Buffer), name (Buffer), comment (Buffer), hcrc: true|'bad', mtime, xfl, os, reserved, cm}
  let flg = 0;
  if (fields.ftext) flg |= 1;
  if (fields.hcrc) flg |= 2;
  if (fields.extra) flg |= 4;
  if (fields.name) flg |= 8;
  if (fields.comment) flg |= 16;
  if (fields.reserved) flg |= fields.reserved;
  const head = [Buffer.from([0x1f, 0x8b, fields.cm === undefined ? 8 : fields.cm, flg])];
  const mt = Buffer.alloc(4);
  mt.writeUInt32LE(fields.mtime || 0);
  head.push(mt, Buffer.from([fields.xfl || 0, fields.os === undefined ? 3 : fields.os]));
  if (fields.extra) {
    const xl = Buffer.alloc(2);
    xl.writeUInt16LE(fields.extra.length);
    head.push(xl, fields.extra);
  }
  if (fields.name) head.push(fields.name, Buffer.from([0]));
  if (fields.comment) head.push(fields.comment, Buffer.from([0]));
  let h = Buffer.concat(head);
  if (fields.hcrc) {
    let c = zlib.crc32(h) & 0xffff;
    if (fields.hcrc === 'bad') c ^= 0x0100;
    const b = Buffer.alloc(2);
    b.writeUInt16LE(c);
    h = Buffer.concat([h, b]);
  }
  const tr = Buffer.alloc(8);
  tr.writeUInt32LE(crc >>> 0, 0);
  tr.writeUInt32LE(rawLen >>> 0, 4);
  return Buffer.concat([h, deflated, tr]);
}

// A raw deflate stream with explicit flushes between pieces, made through
// the deflate handle so that sync/full flush markers and empty blocks appear.
function deflateWithFlushes(pieces, flushes, opts) {
  const d = zlib.createDeflateRaw(opts || {});
  const h = d._handle;
  const ws = d._writeState;
  const outs = [];
  for (let i = 0; i < pieces.length; i++) {
    const inp = pieces[i];
    let off = 0;
    for (;;) {
      const out = Buffer.alloc(65536);
      h.writeSync(flushes[i], inp, off, inp.length - off, out, 0, out.length);
      const availOut = ws[0];
      const availIn = ws[1];
      outs.push(out.subarray(0, out.length - availOut));
      off = inp.length - availIn;
      if (availOut !== 0) break;
    }
  }
  d.destroy();
  return Buffer.concat(outs);
}

// Replace the window-size nibble of a zlib header and fix FCHECK.
function patchZlibCinfo(buf, cinfo) {
  const b = Buffer.from(buf);
  const cmf = (cinfo << 4) | (b[0] & 15);
  let flg = b[1] & 0xe0;
  flg |= (31 - ((cmf * 256 + flg) % 31)) % 31;
  b[0] = cmf;
  b[1] = flg;
  return b;
}

// ---------------------------------------------------------------- cases
async function main() {
  const sizes = [0, 1, 2, 3, 10, 100, 258, 259, 1000, 4095, 16383, 16384, 16385, 32768, 32769, 65535, 100000];
  const gens = { text, runs, randBytes, structured, mixed, farRepeats };
  const plain = {};
  for (const g of Object.keys(gens)) {
    for (const n of sizes) plain[g + n] = gens[g](n);
  }
  plain.big = mixed(1200000);
  plain.bigText = text(400000);
  plain.far = farRepeats(300000);

  // 1. Valid streams of many shapes, every API.
  const levels = [0, 1, 6, 9];
  for (const key of Object.keys(plain)) {
    if (key === 'big') continue;
    const src = plain[key];
    for (const level of levels) {
      if (src.length > 70000 && level !== 6 && level !== 1) continue;
      const z = blob(zlib.deflateSync(src, { level }));
      const gz = blob(zlib.gzipSync(src, { level }));
      const raw = blob(zlib.deflateRawSync(src, { level }));
      addSync('valid', 'inflate', z, [], null);
      addSync('valid', 'unzip', z, [], null);
      addSync('valid', 'gunzip', gz, [], null);
      addSync('valid', 'unzip', gz, [], {});
      addSync('valid', 'raw', raw, [], null);
      if (level === 6 && src.length > 1000) {
        addSync('valid-chunk', 'inflate', z, [], { chunkSize: 64 });
        addSync('valid-chunk', 'gunzip', gz, [], { chunkSize: 1000 });
        addSync('valid-chunk', 'raw', raw, [], { chunkSize: 64, finishFlush: C.Z_SYNC_FLUSH });
        addSync('valid-chunk', 'inflate', z, [], { chunkSize: 65536 });
      }
    }
  }
  {
    const z = blob(zlib.deflateSync(plain.big));
    addSync('valid-big', 'inflate', z, [], null);
    addSync('valid-big', 'inflate', z, [], { chunkSize: 64 * 1024 });
    addSync('valid-big', 'gunzip', blob(zlib.gzipSync(plain.big, { level: 9 })), [], null);
    addSync('valid-big', 'raw', blob(zlib.deflateRawSync(plain.big, { level: 1 })), [], { chunkSize: 4096 });
  }
  // Strategies, memLevels, deflate window sizes.
  for (const key of ['text16385', 'runs16385', 'mixed100000', 'structured4095', 'farRepeats100000', 'text100']) {
    const src = plain[key];
    for (const strategy of [C.Z_FILTERED, C.Z_HUFFMAN_ONLY, C.Z_RLE, C.Z_FIXED]) {
      addSync('strategy', 'inflate', blob(zlib.deflateSync(src, { strategy })), [], null);
      addSync('strategy', 'raw', blob(zlib.deflateRawSync(src, { strategy, level: 9 })), [], { chunkSize: 128 });
    }
    for (const memLevel of [1, 9]) {
      addSync('strategy', 'gunzip', blob(zlib.gzipSync(src, { memLevel })), [], null);
    }
    for (let wb = 9; wb <= 15; wb++) {
      const z = blob(zlib.deflateSync(src, { windowBits: wb }));
      for (const iw of [undefined, 0, 8, 9, 10, 12, 14, 15]) {
        addSync('windowbits', 'inflate', z, [], iw === undefined ? {} : { windowBits: iw });
        addSync('windowbits', 'inflate', z, [], iw === undefined ? { chunkSize: 64 } : { windowBits: iw, chunkSize: 64 });
      }
      addSync('windowbits', 'inflate', z, [], null);
      const raw = blob(zlib.deflateRawSync(src, { windowBits: wb }));
      for (const iw of [8, 9, 11, 13, 15]) {
        addSync('windowbits', 'raw', raw, [], { windowBits: iw });
        addSync('windowbits', 'raw', raw, [], { windowBits: iw, chunkSize: 64 });
        addSync('windowbits', 'raw', raw, [], { windowBits: iw, chunkSize: 1000 });
      }
      const gz = blob(zlib.gzipSync(src, { windowBits: wb }));
      for (const iw of [undefined, 8, 10, 15]) {
        addSync('windowbits', 'gunzip', gz, [], iw === undefined ? { chunkSize: 64 } : { windowBits: iw, chunkSize: 64 });
        addSync('windowbits', 'unzip', gz, [], iw === undefined ? { chunkSize: 200 } : { windowBits: iw, chunkSize: 200 });
      }
    }
  }
  // zlib headers that claim a smaller window than the data uses.
  for (const key of ['farRepeats65535', 'text32769', 'mixed100000']) {
    const z = zlib.deflateSync(plain[key]);
    for (let cinfo = 0; cinfo <= 8; cinfo++) {
      const id = blob(patchZlibCinfo(z, cinfo));
      addSync('cinfo', 'inflate', id, [], null);
      addSync('cinfo', 'inflate', id, [], {});
      addSync('cinfo', 'inflate', id, [], { chunkSize: 64 });
      addSync('cinfo', 'inflate', id, [], { chunkSize: 5000 });
      addSync('cinfo', 'inflate', id, [], { windowBits: 15, chunkSize: 64 });
      addSync('cinfo', 'unzip', id, [], { chunkSize: 300 });
    }
  }

  // Streams built with explicit flushes (sync/full markers, empty blocks).
  {
    const pieces = [text(5000), Buffer.alloc(0), randBytes(300), runs(7000), Buffer.alloc(0), text(20000)];
    const flushSets = [
      [C.Z_SYNC_FLUSH, C.Z_SYNC_FLUSH, C.Z_FULL_FLUSH, C.Z_NO_FLUSH, C.Z_SYNC_FLUSH, C.Z_FINISH],
      [C.Z_FULL_FLUSH, C.Z_FULL_FLUSH, C.Z_FULL_FLUSH, C.Z_FULL_FLUSH, C.Z_FULL_FLUSH, C.Z_FINISH],
      [C.Z_PARTIAL_FLUSH, C.Z_PARTIAL_FLUSH, C.Z_BLOCK, C.Z_PARTIAL_FLUSH, C.Z_BLOCK, C.Z_FINISH],
      [C.Z_SYNC_FLUSH, C.Z_NO_FLUSH, C.Z_NO_FLUSH, C.Z_NO_FLUSH, C.Z_NO_FLUSH, C.Z_SYNC_FLUSH],
    ];
    for (const fl of flushSets) {
      for (const level of [0, 1, 9]) {
        const id = blob(deflateWithFlushes(pieces, fl, { level }));
        addSync('flushes', 'raw', id, [], null);
        addSync('flushes', 'raw', id, [], { finishFlush: C.Z_SYNC_FLUSH });
        addSync('flushes', 'raw', id, [], { chunkSize: 64 });
        await addStream('flushes', 'raw', id, [], [1000, 7, 20000], null);
      }
    }
  }

  // 2. Truncation at every position of small streams, many of a large one.
  {
    const small = text(300);
    const smallZ = blob(zlib.deflateSync(small));
    const smallGz = blob(gzipWithHeader(zlib.deflateRawSync(small), small.length, zlib.crc32(small),
      { name: Buffer.from('file.txt'), comment: Buffer.from('a comment'), extra: Buffer.from('XYextra'), hcrc: true }));
    const smallRaw = blob(zlib.deflateRawSync(small));
    const smallStored = blob(zlib.deflateSync(small, { level: 0 }));
    const smallFixed = blob(zlib.deflateSync(small, { strategy: C.Z_FIXED }));
    for (const [mode, id] of [['inflate', smallZ], ['gunzip', smallGz], ['raw', smallRaw], ['inflate', smallStored],
      ['inflate', smallFixed], ['unzip', smallGz], ['unzip', smallZ]]) {
      const len = blobBuf(id).length;
      for (let n = 0; n < len; n++) {
        addSync('trunc-small', mode, id, [['trunc', n]], null);
        addSync('trunc-small', mode, id, [['trunc', n]], { finishFlush: C.Z_SYNC_FLUSH });
      }
    }
    const bigSrc = mixed(150000);
    for (const [mode, id] of [['inflate', blob(zlib.deflateSync(bigSrc))], ['gunzip', blob(zlib.gzipSync(bigSrc, { level: 1 }))],
      ['raw', blob(zlib.deflateRawSync(bigSrc, { level: 9 }))]]) {
      const len = blobBuf(id).length;
      for (let k = 0; k < 120; k++) {
        const n = k < 10 ? len - 1 - k : rint(len);
        addSync('trunc-big', mode, id, [['trunc', n]], null);
        addSync('trunc-big', mode, id, [['trunc', n]], { finishFlush: C.Z_SYNC_FLUSH, chunkSize: 4096 });
      }
    }
  }

  // 3. Corruption: every bit of small streams, random bytes of larger ones.
  {
    const srcs = [text(200), mixed(400), runs(500)];
    for (const src of srcs) {
      const targets = [['inflate', zlib.deflateSync(src)], ['gunzip', zlib.gzipSync(src)], ['raw', zlib.deflateRawSync(src, { level: 9 })],
        ['inflate', zlib.deflateSync(src, { strategy: C.Z_FIXED })]];
      for (const [mode, buf] of targets) {
        const id = blob(buf);
        for (let pos = 0; pos < buf.length; pos++) {
          for (let bit = 0; bit < 8; bit++) {
            if (buf.length > 150 && (bit & 1)) continue;
            addSync('flip-small', mode, id, [['xor', pos, 1 << bit]], null);
          }
        }
      }
    }
    const larger = [mixed(60000), text(40000), farRepeats(90000)];
    for (const src of larger) {
      for (const [mode, buf] of [['inflate', zlib.deflateSync(src)], ['gunzip', zlib.gzipSync(src, { level: 9 })],
        ['raw', zlib.deflateRawSync(src, { level: 2 })]]) {
        const id = blob(buf);
        for (let k = 0; k < 250; k++) {
          const pos = k < 40 ? rint(Math.min(buf.length, 400)) : rint(buf.length);
          if (k % 3 === 0) addSync('corrupt-big', mode, id, [['set', pos, rnd() & 255]], k % 2 ? null : { chunkSize: 512 });
          else addSync('corrupt-big', mode, id, [['xor', pos, 1 << rint(8)]], k % 2 ? null : { finishFlush: C.Z_SYNC_FLUSH });
        }
      }
    }
    // Random garbage as raw deflate data, biased towards each block type.
    for (let k = 0; k < 3000; k++) {
      const g = randBytes(1 + rint(k < 2000 ? 40 : 300));
      const t = k % 4;
      if (t === 1) g[0] = (g[0] & ~6) | 4; // dynamic
      if (t === 2) g[0] = (g[0] & ~6) | 2; // fixed
      if (t === 3) g[0] = (g[0] & ~6); // stored
      addSync('garbage', 'raw', blob(g), [], k % 5 === 0 ? { finishFlush: C.Z_SYNC_FLUSH } : null);
    }
    // Garbage after valid zlib and gzip headers.
    for (let k = 0; k < 600; k++) {
      const g = randBytes(1 + rint(60));
      if (k % 2) g[0] = (g[0] & ~6) | 4;
      addSync('garbage', 'inflate', blob(Buffer.concat([Buffer.from([0x78, 0x9c]), g])), [], null);
      addSync('garbage', 'gunzip', blob(Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), g])), [], null);
    }
    // Dynamic headers with few symbols: corrupt code-length sections.
    const tiny = ['a', 'ab', 'aaaa', 'abcabcabc', '\x00\x01\x02\x03\x04\x05\x06\x07\x08'];
    for (const t of tiny) {
      const raw = zlib.deflateRawSync(Buffer.from(t.repeat(30)), { level: 9 });
      const id = blob(raw);
      for (let pos = 0; pos < Math.min(raw.length, 40); pos++) {
        for (let bit = 0; bit < 8; bit++) addSync('flip-tables', 'raw', id, [['xor', pos, 1 << bit]], null);
      }
    }
  }

  // 4. zlib and gzip header fields.
  {
    const src = text(2000);
    const z = zlib.deflateSync(src);
    for (let flg = 0; flg < 256; flg++) {
      const id = blob(Buffer.from(z));
      addSync('zheader', 'inflate', id, [['set', 1, flg]], null);
      addSync('zheader', 'unzip', id, [['set', 1, flg]], {});
    }
    for (let cmf = 0; cmf < 256; cmf++) {
      for (const fdict of [0, 0x20]) {
        let flg = fdict;
        flg += (31 - ((cmf * 256 + flg) % 31)) % 31;
        const id = blob(Buffer.from(z));
        addSync('zheader', 'inflate', id, [['set', 0, cmf], ['set', 1, flg]], null);
        addSync('zheader', 'inflate', id, [['set', 0, cmf], ['set', 1, flg]], { windowBits: 10 });
        addSync('zheader', 'unzip', id, [['set', 0, cmf], ['set', 1, flg]], { dictionary: blob(Buffer.from('dict')) });
      }
    }
    const raw = zlib.deflateRawSync(src);
    const crc = zlib.crc32(src);
    const combos = [];
    for (let m = 0; m < 32; m++) {
      combos.push({
        ftext: !!(m & 1), hcrc: !!(m & 2), extra: m & 4 ? Buffer.from('AB\x04\x00data') : undefined,
        name: m & 8 ? Buffer.from('name.txt') : undefined, comment: m & 16 ? Buffer.from('hello comment') : undefined,
        mtime: 0x5f000000 + m, xfl: m & 3, os: m,
      });
    }
    combos.push({ hcrc: 'bad' }, { hcrc: 'bad', name: Buffer.from('x') }, { extra: Buffer.alloc(0) },
      { extra: randBytes(300), hcrc: true }, { name: Buffer.alloc(0), comment: Buffer.alloc(0), hcrc: true },
      { reserved: 0x20 }, { reserved: 0x40 }, { reserved: 0x80 }, { reserved: 0xe0, name: Buffer.from('n') },
      { cm: 7 }, { cm: 0 }, { cm: 9, reserved: 0x20 });
    for (const f of combos) {
      const buf = gzipWithHeader(raw, src.length, crc, f);
      const id = blob(buf);
      addSync('gzheader', 'gunzip', id, [], null);
      addSync('gzheader', 'unzip', id, [], null);
      addSync('gzheader', 'inflate', id, [], null);
      await addStream('gzheader', 'gunzip', id, [], [1], null);
      await addStream('gzheader', 'unzip', id, [], [3, 1, 2], { chunkSize: 64 });
    }
    // gzip magic / trailer damage.
    const gz = zlib.gzipSync(src);
    const id = blob(gz);
    for (const [pos, v] of [[0, 0x1e], [1, 0x8c], [0, 0x78], [2, 7]]) addSync('gzheader', 'gunzip', id, [['set', pos, v]], null);
    for (let k = 0; k < 8; k++) {
      addSync('gztrailer', 'gunzip', id, [['xor', gz.length - 8 + k, 0x10]], null);
      addSync('gztrailer', 'unzip', id, [['xor', gz.length - 8 + k, 0x01]], null);
      addSync('gztrailer', 'inflate', blob(z), [['xor', z.length - 4 + (k & 3), 1 << k]], null);
    }
    // Large ISIZE check with a stream over 64K.
    const gzBig = zlib.gzipSync(plain.text100000);
    addSync('gztrailer', 'gunzip', blob(gzBig), [['xor', gzBig.length - 2, 1]], null);
  }

  // 5. Multi-member gzip, padding, trailing garbage.
  {
    const a = text(3000);
    const b = runs(20000);
    const c = randBytes(50);
    const ga = blob(zlib.gzipSync(a));
    const gb = blob(zlib.gzipSync(b, { level: 1 }));
    const gc = blob(zlib.gzipSync(c));
    const gEmpty = blob(zlib.gzipSync(Buffer.alloc(0)));
    const zl = blob(zlib.deflateSync(a));
    const rawA = blob(zlib.deflateRawSync(a));
    const zeros1 = blob(Buffer.alloc(1));
    const zeros10 = blob(Buffer.alloc(10));
    const garbage = blob(Buffer.from('garbage!'));
    const junk1 = blob(Buffer.from([0x1f]));
    const junk2 = blob(Buffer.from([0x1f, 0x8b]));
    const ff = blob(Buffer.from([0xff, 0xff, 0xff]));
    const combos = [
      [ga, gb], [ga, gb, gc], [ga, gEmpty, gc], [gEmpty, gEmpty], [ga, zeros1], [ga, zeros10], [ga, zeros10, gb],
      [ga, garbage], [ga, zeros1, garbage], [ga, junk1], [ga, junk2], [ga, ff], [ga, zl], [ga, gb, garbage],
      [zl, garbage], [zl, ga], [zl, zeros10], [rawA, garbage], [rawA, ga], [ga, ga, ga, ga],
    ];
    for (const list of combos) {
      const id = list[0];
      const ops = list.slice(1).map((x) => ['cat', x]);
      for (const mode of ['gunzip', 'unzip', 'inflate', 'raw']) {
        addSync('multi', mode, id, ops, null);
        addSync('multi', mode, id, ops, { chunkSize: 64 });
        addSync('multi', mode, id, ops, { finishFlush: C.Z_SYNC_FLUSH });
      }
      for (const mode of ['gunzip', 'unzip']) {
        await addStream('multi', mode, id, ops, [100000], null);
        await addStream('multi', mode, id, ops, [517], { chunkSize: 1024 });
        await addStream('multi', mode, id, ops, [1], { chunkSize: 64 });
      }
      // truncations and damage inside later members
      const full = applyOps(id, ops);
      for (let k = 0; k < 12; k++) {
        const n = rint(full.length);
        addSync('multi-damage', 'gunzip', id, [...ops, ['trunc', n]], null);
        addSync('multi-damage', 'gunzip', id, [...ops, ['xor', n, 1 << rint(8)]], null);
        addSync('multi-damage', 'unzip', id, [...ops, ['xor', n, 1 << rint(8)]], { chunkSize: 64 });
      }
    }
  }

  // 6. Dictionaries.
  {
    const dict = text(1000);
    const bigDict = mixed(40000);
    const wrong = text(1000);
    const src = Buffer.concat([dict.subarray(100, 600), text(3000), dict.subarray(0, 300)]);
    const srcBig = Buffer.concat([bigDict.subarray(30000, 34000), text(500), bigDict.subarray(2000, 3000)]);
    const d = blob(dict);
    const bd = blob(bigDict);
    const w = blob(wrong);
    const e = blob(Buffer.alloc(0));
    const variants = [
      ['inflate', blob(zlib.deflateSync(src, { dictionary: dict })), d],
      ['inflate', blob(zlib.deflateSync(srcBig, { dictionary: bigDict })), bd],
      ['unzip', blob(zlib.deflateSync(src, { dictionary: dict, level: 1 })), d],
      ['raw', blob(zlib.deflateRawSync(src, { dictionary: dict })), d],
      ['raw', blob(zlib.deflateRawSync(srcBig, { dictionary: bigDict })), bd],
      ['gunzip', blob(zlib.gzipSync(src, { dictionary: dict })), d],
    ];
    for (const [mode, id, dictId] of variants) {
      for (const dopt of [dictId, w, e, undefined]) {
        const base = dopt === undefined ? {} : { dictionary: dopt };
        addSync('dict', mode, id, [], base);
        addSync('dict', mode, id, [], { ...base, chunkSize: 64 });
        addSync('dict', mode, id, [], { ...base, finishFlush: C.Z_SYNC_FLUSH });
        await addStream('dict', mode, id, [], [3, 50, 1000], base);
      }
      if (dictId !== undefined) {
        const len = blobBuf(id).length;
        for (const n of [0, 1, 2, 3, 5, 6, 7, 8, 20, len - 4, len - 1]) {
          if (n >= 0 && n < len) {
            addSync('dict', mode, id, [['trunc', n]], { dictionary: dictId });
            addSync('dict', mode, id, [['trunc', n]], { dictionary: dictId, finishFlush: C.Z_SYNC_FLUSH });
            addSync('dict', mode, id, [['trunc', n]], {});
          }
        }
        for (let k = 2; k < 6; k++) addSync('dict', mode, id, [['xor', k, 4]], { dictionary: dictId });
      }
    }
  }

  // 7. Empty and tiny inputs on every API.
  for (const mode of ['inflate', 'gunzip', 'raw', 'unzip']) {
    for (const bytes of [[], [0], [3, 0], [1, 0, 0, 0xff, 0xff], [0x78], [0x78, 0x9c], [0x1f], [0x1f, 0x8b], [0x1f, 0x8b, 8],
      [0x78, 0x9c, 3, 0], [0x78, 0x9c, 3, 0, 0, 0, 0, 1], [0x78, 0xda, 3, 0, 0, 0, 0, 1, 0xaa], [0x78, 0x01, 1, 0, 0, 0xff, 0xff, 0, 0, 0, 1]]) {
      const id = blob(Buffer.from(bytes));
      addSync('tiny', mode, id, [], null);
      addSync('tiny', mode, id, [], { finishFlush: C.Z_SYNC_FLUSH });
      await addStream('tiny', mode, id, [], [1], null);
    }
  }

  // 8. Streams: piece patterns, truncation and corruption mid-stream.
  {
    const srcs = [text(5000), mixed(70000), runs(40000), farRepeats(100000)];
    const patterns = [[1], [7], [1, 2, 3, 500], [4096], [65536], [13, 1000, 1]];
    let k = 0;
    for (const src of srcs) {
      const forms = [['inflate', zlib.deflateSync(src)], ['gunzip', zlib.gzipSync(src)], ['raw', zlib.deflateRawSync(src)],
        ['unzip', zlib.gzipSync(src, { level: 1 })], ['unzip', zlib.deflateSync(src, { level: 9 })]];
      for (const [mode, buf] of forms) {
        const id = blob(buf);
        for (const p of patterns) {
          if (src.length > 6000 && p[0] === 1 && p.length === 1) continue;
          const opts = (k++ % 3 === 0) ? { chunkSize: 64 } : null;
          await addStream('stream', mode, id, [], p, opts);
        }
        await addStream('stream-trunc', mode, id, [['trunc', rint(buf.length)]], [333], null);
        await addStream('stream-trunc', mode, id, [['trunc', buf.length - 1]], [1000], { chunkSize: 100 });
        await addStream('stream-trunc', mode, id, [['trunc', rint(buf.length)]], [333], { finishFlush: C.Z_SYNC_FLUSH });
        for (let j = 0; j < 4; j++) {
          await addStream('stream-corrupt', mode, id, [['xor', rint(buf.length), 1 << rint(8)]], [777], { chunkSize: 256 });
        }
      }
    }
  }

  // 9. Handle level: exact per-call consumption and output.
  {
    const srcs = [text(3000), mixed(20000), runs(5000)];
    const plans = [
      { name: '1/1', maxCalls: 200000, step: () => [1, 1, C.Z_NO_FLUSH] },
      { name: '1/big', maxCalls: 200000, step: () => [1, 70000, C.Z_NO_FLUSH] },
      { name: 'big/1', maxCalls: 200000, step: () => [1 << 20, 1, C.Z_NO_FLUSH] },
      { name: 'rand', maxCalls: 200000, step: () => [1 + rint(20), 1 + rint(300), [0, 0, 0, 1, 2, 3, 5][rint(7)]] },
      { name: 'rand-big', maxCalls: 200000, step: () => [1 + rint(3000), 1 + rint(5000), [0, 2, 4][rint(3)]] },
      { name: 'block', maxCalls: 200000, step: () => [1 + rint(4000), 1 + rint(8000), C.Z_BLOCK] },
      { name: 'finish', maxCalls: 200000, step: (i) => [i < 3 ? 10 + rint(30) : 1 << 20, 1000 + rint(1000), C.Z_FINISH] },
    ];
    const withEnd = (p) => ({
      maxCalls: p.maxCalls,
      step: (i, left) => {
        const s = p.step(i, left);
        // after the input is used up, ask with Z_FINISH so the plan ends
        return left === 0 ? [0, Math.max(1, s[1]), C.Z_FINISH] : s;
      },
    });
    for (const src of srcs) {
      const forms = [['inflate', zlib.deflateSync(src)], ['gunzip', zlib.gzipSync(src, { level: 9 })],
        ['raw', zlib.deflateRawSync(src, { level: 1 })], ['inflate', zlib.deflateSync(src, { level: 0 })],
        ['inflate', zlib.deflateSync(src, { strategy: C.Z_FIXED })],
        ['unzip', Buffer.concat([zlib.gzipSync(src), zlib.gzipSync(src.subarray(0, 100))])]];
      for (const [mode, buf] of forms) {
        const id = blob(buf);
        for (const p of plans) {
          if (p.name === '1/1' && buf.length > 4000) continue;
          if (p.name === 'big/1' && src.length > 6000) continue;
          addHandle('handle', mode, id, [], null, withEnd(p));
        }
        // with corruption, random plan
        for (let j = 0; j < 3; j++) {
          addHandle('handle-corrupt', mode, id, [['xor', rint(buf.length), 1 << rint(8)]], null, withEnd(plans[3]));
        }
      }
    }
    const dict = text(800);
    const dsrc = Buffer.concat([dict.subarray(0, 400), text(2000)]);
    addHandle('handle', 'inflate', blob(zlib.deflateSync(dsrc, { dictionary: dict })), [], { dictionary: blob(dict) }, withEnd(plans[0]));
    addHandle('handle', 'inflate', blob(zlib.deflateSync(dsrc, { dictionary: dict })), [], { dictionary: blob(dict) }, withEnd(plans[3]));
    addHandle('handle', 'raw', blob(zlib.deflateRawSync(dsrc, { dictionary: dict })), [], { dictionary: blob(dict) }, withEnd(plans[1]));
  }

  const out = {
    node: process.version,
    zlib: process.versions.zlib,
    note: 'Recorded by tests/record.js from real Node.js; do not edit by hand.',
    counts,
    blobs,
    cases,
  };
  fs.writeFileSync(process.env.ZREC_OUT || path.join(__dirname, 'vectors.json'), JSON.stringify(out));
  console.log('cases', cases.length, 'blobs', blobs.length, counts);
}

main().catch((e) => { console.error(e); process.exit(1); });
