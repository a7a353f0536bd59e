// zlib — gzip/deflate/deflateRaw and their inverses plus unzip, with real compression
// (flate2/miniz_oxide in core/src/work.rs): callback forms run on the simulated libuv thread pool
// and complete in the poll phase, Sync forms block the loop for the modelled duration, and the
// create* factories return Transform streams. Output interoperates with node's zlib both ways;
// the exact compressed bytes may differ from node's (a different deflate implementation).
'use strict';

const { Buffer } = require('buffer');
const { Transform } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  validateFunction,
  validateNumber,
} = require('internal/errors');

const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
const constants = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  ...codes,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, ZLIB_VERNUM: 4865,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};

function toInput(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (buffer instanceof ArrayBuffer) return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
}

function zlibError(err) {
  const e = new Error(err.message);
  e.errno = codes[err.code];
  e.code = err.code;
  return e;
}

// node's validateFiniteNumber / checkRangesOrGetDefault for zlib options.
function finite(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function ranged(number, name, lower, upper, def) {
  if (!finite(number, name)) return def;
  if (number < lower || number > upper) throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  return number;
}

const INFLATING = new Set(['inflate', 'gunzip', 'unzip']);

// The options node's Zlib and ZlibBase constructors check, in their order; returns what the
// work needs: level, windowBits (0 = from the header), partial (finishFlush Z_SYNC_FLUSH),
// chunkSize and info.
function zlibOptions(op, opts) {
  const c = constants;
  let windowBits = INFLATING.has(op) ? 0 : c.Z_DEFAULT_WINDOWBITS;
  let level = c.Z_DEFAULT_COMPRESSION;
  let chunkSize = c.Z_DEFAULT_CHUNK;
  let finishFlush = c.Z_FINISH;
  if (opts) {
    if ((opts.windowBits == null || opts.windowBits === 0) && INFLATING.has(op)) {
      windowBits = 0;
    } else {
      const min = c.Z_MIN_WINDOWBITS + (op === 'gzip' ? 1 : 0);
      windowBits = ranged(opts.windowBits, 'options.windowBits', min, c.Z_MAX_WINDOWBITS, c.Z_DEFAULT_WINDOWBITS);
    }
    level = ranged(opts.level, 'options.level', c.Z_MIN_LEVEL, c.Z_MAX_LEVEL, c.Z_DEFAULT_COMPRESSION);
    ranged(opts.memLevel, 'options.memLevel', c.Z_MIN_MEMLEVEL, c.Z_MAX_MEMLEVEL, c.Z_DEFAULT_MEMLEVEL);
    ranged(opts.strategy, 'options.strategy', c.Z_DEFAULT_STRATEGY, c.Z_FIXED, c.Z_DEFAULT_STRATEGY);
    const dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary) && !(dictionary instanceof ArrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
    }
    if (finite(opts.chunkSize, 'options.chunkSize')) {
      if (opts.chunkSize < c.Z_MIN_CHUNK) throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${c.Z_MIN_CHUNK}`, opts.chunkSize);
      chunkSize = opts.chunkSize;
    }
    ranged(opts.flush, 'options.flush', c.Z_NO_FLUSH, c.Z_BLOCK, c.Z_NO_FLUSH);
    finishFlush = ranged(opts.finishFlush, 'options.finishFlush', c.Z_NO_FLUSH, c.Z_BLOCK, finishFlush);
    ranged(opts.maxOutputLength, 'options.maxOutputLength', 1, 2 ** 32, 2 ** 32);
  }
  return {
    level: Math.trunc(level), windowBits, partial: finishFlush === c.Z_SYNC_FLUSH, chunkSize,
    info: !!(opts && opts.info),
  };
}

// `{ info: true }`: the result and the engine (a stream of the same kind), as node returns.
function withInfo(op, opts, o, buffer) {
  if (!o.info) return buffer;
  const name = Object.keys(OPS).find((k) => OPS[k] === op);
  return { buffer, engine: new classes[name](opts) };
}

function toBytes(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function makeAsync(op) {
  const fn = function (buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    validateFunction(callback, 'callback');
    const data = toInput(buffer);
    const o = zlibOptions(op, opts);
    binding.poolSubmit('zlib', { op, data, level: o.level, windowBits: o.windowBits, partial: o.partial }, (err, bytes) => {
      if (err) return callback(zlibError(err));
      callback(null, withInfo(op, opts, o, toBytes(bytes)));
    }, process.env.UV_THREADPOOL_SIZE);
  };
  Object.defineProperty(fn, 'name', { value: op });
  return fn;
}

function makeSync(op) {
  const fn = function (buffer, opts) {
    const data = toInput(buffer);
    const o = zlibOptions(op, opts);
    try {
      return withInfo(op, opts, o, toBytes(binding.workSync('zlib', { op, data, level: o.level, windowBits: o.windowBits, partial: o.partial })));
    } catch (err) {
      if (err && typeof err.code === 'string' && err.code.startsWith('Z_')) throw zlibError(err);
      throw err;
    }
  };
  Object.defineProperty(fn, 'name', { value: `${op}Sync` });
  return fn;
}

// Stream forms: collect the input, run the whole transform on the pool at the end, emit the
// result in chunks of `chunkSize` (16 KiB).
class ZlibBase extends Transform {
  constructor(op, opts = {}) {
    super({ ...opts, decodeStrings: true });
    const o = zlibOptions(op, opts);
    this._op = op;
    this._level = o.level;
    this._windowBits = o.windowBits;
    this._partial = o.partial;
    this._chunkSize = o.chunkSize;
    this._chunks = [];
    this.bytesWritten = 0;
  }

  _transform(chunk, encoding, callback) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._chunks.push(buf);
    this.bytesWritten += buf.length;
    callback();
  }

  _flush(callback) {
    const data = Buffer.concat(this._chunks);
    this._chunks = [];
    binding.poolSubmit('zlib', { op: this._op, data, level: this._level, windowBits: this._windowBits, partial: this._partial }, (err, bytes) => {
      if (err) return callback(zlibError(err));
      const out = toBytes(bytes);
      for (let i = 0; i < out.length; i += this._chunkSize) {
        this.push(out.subarray(i, Math.min(out.length, i + this._chunkSize)));
      }
      callback();
    }, process.env.UV_THREADPOOL_SIZE);
  }

  close(callback) {
    if (callback) process.nextTick(callback);
    this.destroy();
  }
}

const classes = {};
const factories = {};
const OPS = {
  Gzip: 'gzip', Gunzip: 'gunzip', Deflate: 'deflate', Inflate: 'inflate',
  DeflateRaw: 'deflateRaw', InflateRaw: 'inflateRaw', Unzip: 'unzip',
};
for (const [name, op] of Object.entries(OPS)) {
  const C = { [name]: class extends ZlibBase { constructor(opts) { super(op, opts); } } }[name];
  classes[name] = C;
  factories[`create${name}`] = (opts) => new C(opts);
}

const api = {};
for (const op of Object.values(OPS)) {
  api[op] = makeAsync(op);
  api[`${op}Sync`] = makeSync(op);
}

function crc32(data, value = 0) {
  const buf = typeof data === 'string' ? Buffer.from(data) : toInput(data);
  let crc = ~value >>> 0;
  for (let i = 0; i < buf.length; i++) {
    crc ^= buf[i];
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

// The legacy aliases: every non-Brotli constant on the module itself, read-only like node's.
const legacy = {};
for (const [k, v] of Object.entries(constants)) {
  if (!k.startsWith('BROTLI')) Object.defineProperty(legacy, k, { value: v, enumerable: false, writable: false });
}

module.exports = Object.defineProperties({
  ...api,
  ...classes,
  ...factories,
  constants,
  codes: Object.freeze({ ...codes, '0': 'Z_OK', '1': 'Z_STREAM_END', '2': 'Z_NEED_DICT', '-1': 'Z_ERRNO', '-2': 'Z_STREAM_ERROR', '-3': 'Z_DATA_ERROR', '-4': 'Z_MEM_ERROR', '-5': 'Z_BUF_ERROR', '-6': 'Z_VERSION_ERROR' }),
  crc32,
}, Object.getOwnPropertyDescriptors(legacy));
