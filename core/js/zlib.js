// zlib — the Deflate/Inflate/Gzip/Gunzip/DeflateRaw/InflateRaw/Unzip transform streams and
// the convenience functions built on them, structured as node's lib/zlib.js: every stream
// owns a native zlib context (zlib/binding over zlib/deflate and zlib/inflate, zlib's own
// semantics: the bytes, chunk boundaries, flush markers and error messages are node's), and
// each write runs one zlib call on the simulated libuv thread pool into the stream's
// `chunkSize` output buffer, going round again while the buffer fills. The Sync functions run
// the same calls inline.
'use strict';

const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_BUFFER_TOO_LARGE },
  genericNodeError,
  validateFunction,
  validateNumber,
  validateUint32,
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
const codeNames = {};
for (const [name, value] of Object.entries(codes)) codeNames[value] = name;

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_WINDOWBITS, Z_MIN_WINDOWBITS,
  Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL,
  Z_DEFAULT_STRATEGY, Z_FIXED, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP,
} = constants;

const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const owner = Symbol('owner');

// How strong each flush is: the last chunk gets the stronger of its own and finishFlush.
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushiness = [];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;
const maxFlush = (a, b) => (flushiness[a] > flushiness[b] ? a : b);

// flush(kind) writes one of these empty chunks; _transform reads the flag off it.
const kFlushBuffers = [];
for (const flag of kFlushFlagList) {
  kFlushBuffers[flag] = Buffer.from(new ArrayBuffer(0));
  kFlushBuffers[flag][kFlushFlag] = flag;
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

// `len` bytes of any ArrayBufferView from `off`, without a copy.
function bytesOf(view, off, len) {
  return new Uint8Array(view.buffer, view.byteOffset + off, len);
}

// The native context (node's binding.Zlib): its calls report through `onerror` and the
// stream's write state ([availOutAfter, availInAfter]).
class ZlibHandle {
  constructor(mode) {
    this.mode = mode;
    this.id = 0;
    this.onerror = null;
    this.callback = null;
  }

  init(windowBits, level, memLevel, strategy, writeState, callback, dictionary) {
    this.writeState = writeState;
    this.callback = callback;
    this.id = binding.zlibInit(this.mode, windowBits, level, memLevel, strategy, dictionary);
  }

  // Applies one zlib call's result; false after an error (reported through onerror).
  _result(r, out, outOff) {
    if (r.message !== undefined) {
      this.onerror(r.message, r.errno);
      return false;
    }
    out.set(r.out, outOff);
    this.writeState[0] = r.availOut;
    this.writeState[1] = r.availIn;
    return true;
  }

  writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
    const r = binding.zlibWrite(this.id, flush, bytesOf(input, inOff, inLen), outLen);
    this._result(r, out, outOff);
  }

  write(flush, input, inOff, inLen, out, outOff, outLen) {
    binding.zlibWriteAsync(this.id, flush, bytesOf(input, inOff, inLen), outLen, (err, r) => {
      if (this._result(r, out, outOff)) this.callback();
    }, process.env.UV_THREADPOOL_SIZE);
  }

  params(level, strategy) {
    const r = binding.zlibParams(this.id, level, strategy);
    if (r !== undefined) this.onerror(r.message, r.errno);
  }

  reset() {
    const r = binding.zlibReset(this.id);
    if (r !== undefined) this.onerror(r.message, r.errno);
  }

  close() {
    binding.zlibClose(this.id);
  }
}

function zlibOnError(message, errno) {
  const self = this[owner];
  const error = genericNodeError(message, { errno, code: codeNames[errno] });
  error.errno = errno;
  error.code = codeNames[errno];
  self.destroy(error);
  self[kError] = error;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!finite(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = ranged(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK, flush);
    finishFlush = ranged(opts.finishFlush, 'options.finishFlush', Z_NO_FLUSH, Z_BLOCK, finishFlush);
    maxOutputLength = ranged(opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[owner] = this;
  handle.onerror = zlibOnError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new Error('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets finishFlush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
  return processChunkSync(this, chunk, flushFlag);
};

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let buffers = null;
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;
  let error;
  self.on('error', (er) => { error = er; });
  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    else if (self[kError]) throw self[kError];
    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;
    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    // The output buffer is full, or used up: start a new one.
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter === 0) {
      inOff += inDelta;
      availInBefore = availInAfter;
    } else {
      break;
    }
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset, handle.availOutBefore);
}

// A pool write finished (`this` is the handle): push its output, go round again while the
// output buffer filled, else the chunk is done.
function processCallback() {
  const handle = this;
  const self = this[owner];
  const state = self._writeState;
  if (self.destroyed) {
    this.buffer = null;
    this.cb();
    return;
  }
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;
  const have = handle.availOutBefore - availOutAfter;
  let streamBufferIsFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    streamBufferIsFull = !self.push(out);
  }
  if (self.destroyed) {
    this.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }
  if (availOutAfter === 0) {
    // More output is waiting: write again with the rest of the input (once the reader wants
    // more, if the readable side is full).
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (!streamBufferIsFull) {
      this.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore, self._outBuffer, self._outOffset, self._chunkSize);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        this.write(handle.flushFlag, this.buffer, handle.inOff, handle.availInBefore, self._outBuffer, self._outOffset, self._chunkSize);
        self._read(n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Input left over while output space remained: the compressed stream ended early.
    self.push(null);
  }
  this.buffer = null;
  this.cb();
}

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

const zlibDefaultOpts = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // 0 means "from the header" when inflating; compressing needs a real window size.
    if ((opts.windowBits == null || opts.windowBits === 0) && (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = ranged(opts.windowBits, 'options.windowBits', min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = ranged(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = ranged(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = ranged(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !ArrayBuffer.isView(dictionary)) {
      if (dictionary instanceof ArrayBuffer) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }
  const handle = new ZlibHandle(mode);
  this._writeState = new Uint32Array(2);
  handle.init(windowBits, level, memLevel, strategy, this._writeState, processCallback, dictionary);
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params() changes level/strategy mid-stream after a Z_SYNC_FLUSH of what came before.
Zlib.prototype.params = function params(level, strategy, callback) {
  ranged(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  ranged(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      if (!this._handle) throw new Error('zlib binding closed');
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else {
    process.nextTick(callback);
  }
};

const classes = {};
for (const [name, mode] of [['Deflate', DEFLATE], ['Inflate', INFLATE], ['Gzip', GZIP], ['Gunzip', GUNZIP], ['DeflateRaw', DEFLATERAW], ['InflateRaw', INFLATERAW], ['Unzip', UNZIP]]) {
  const C = {
    [name]: function (opts) {
      // zlib refuses an 8-bit window for raw deflate; node asks for 9 (in the caller's object).
      if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
      if (!(this instanceof C)) return new C(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(C.prototype, Zlib.prototype);
  Object.setPrototypeOf(C, Zlib);
  classes[name] = C;
}

function toBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (!ArrayBuffer.isView(buffer)) {
    if (buffer instanceof ArrayBuffer) return Buffer.from(buffer);
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
  }
  return buffer;
}

function zlibBufferSync(engine, buffer) {
  buffer = processChunkSync(engine, toBuffer(buffer), engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays: other views and ArrayBuffers become Buffers without a copy.
  if (ArrayBuffer.isView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (buffer instanceof ArrayBuffer) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function convenience(ctor, sync) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

// Brotli is not implemented: its names exist where node has them and say so when used.
function brotli(name) {
  return function () {
    throw new Error(`zlib.${name}() is not supported in loopscope yet (no Brotli)`);
  };
}
const brotliClasses = { BrotliCompress: brotli('BrotliCompress'), BrotliDecompress: brotli('BrotliDecompress') };

// The convenience functions and factories, named and ordered as node exports them.
const api = {};
for (const name of ['Deflate', 'Gzip', 'DeflateRaw', 'Unzip', 'Inflate', 'Gunzip', 'InflateRaw']) {
  const fn = name[0].toLowerCase() + name.slice(1);
  api[fn] = convenience(classes[name], false);
  api[`${fn}Sync`] = convenience(classes[name], true);
}
for (const fn of ['brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync']) api[fn] = brotli(fn);
const factories = {};
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip']) {
  const C = classes[name];
  factories[`create${name}`] = (opts) => new C(opts);
}
for (const name of ['createBrotliCompress', 'createBrotliDecompress']) factories[name] = brotli(name);

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  return binding.zlibCrc32(buf, value);
}

// The legacy aliases: every non-Brotli constant on the module itself, read-only like node's.
const legacy = {};
for (const [k, v] of Object.entries(constants)) {
  if (!k.startsWith('BROTLI')) Object.defineProperty(legacy, k, { value: v, enumerable: false, writable: false });
}

module.exports = Object.defineProperties({
  crc32,
  ...classes,
  ...brotliClasses,
  ...api,
  ...factories,
  constants,
  codes: Object.freeze({ ...codes, ...codeNames }),
}, Object.getOwnPropertyDescriptors(legacy));
