// internal/streams/readable — Readable: the read buffer, push()/unshift(), read(n) with the
// highWaterMark rules, paused vs flowing mode, the nextTick-scheduled 'readable'/'resume'/
// 'end' emission (emitReadable, maybeReadMore, resume_, endReadable), setEncoding, pipe()/
// unpipe() with backpressure, async iteration, wrap() and Readable.from.
'use strict';

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { validateObject } = require('internal/errors');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
  AbortError,
  aggregateTwoErrors,
  getBuffer,
  newStringDecoder,
  isBuffer,
  isArrayBufferView,
  toBuffer,
  isEncoding,
  kOnConstructed,
  assignStreamId,
  tracing,
  trace,
  kState,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
  bitAccessor,
} = require('internal/streams/utils');

const { errorOrDestroy } = destroyImpl;

module.exports = Readable;
Readable.ReadableState = ReadableState;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

const nop = () => {};
const TypedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set;

function traceBuffer(stream) {
  if (tracing()) trace(stream, 'buffer', 'readable');
}

// ---------------------------------------------------------------------------------------------
// State: flags live in this[kState] (Node's bit layout), values under symbols.

const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
const kDataListening = 1 << 27;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

// A flag that also carries a value (set: truthy value stored + bit on; falsy: bit off).
function valueAccessor(bit, key) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0 ? this[key] : null; },
    set(value) {
      if (value) {
        this[key] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: bitAccessor(kObjectMode),
  ended: bitAccessor(kEnded),
  endEmitted: bitAccessor(kEndEmitted),
  reading: bitAccessor(kReading),
  // false while _construct has not called back
  constructed: bitAccessor(kConstructed),
  // true while _read() runs synchronously: 'data'/'readable' must then wait for later
  sync: bitAccessor(kSync),
  needReadable: bitAccessor(kNeedReadable),
  emittedReadable: bitAccessor(kEmittedReadable),
  readableListening: bitAccessor(kReadableListening),
  resumeScheduled: bitAccessor(kResumeScheduled),
  errorEmitted: bitAccessor(kErrorEmitted),
  emitClose: bitAccessor(kEmitClose),
  autoDestroy: bitAccessor(kAutoDestroy),
  destroyed: bitAccessor(kDestroyed),
  closed: bitAccessor(kClosed),
  closeEmitted: bitAccessor(kCloseEmitted),
  multiAwaitDrain: bitAccessor(kMultiAwaitDrain),
  readingMore: bitAccessor(kReadingMore),
  dataEmitted: bitAccessor(kDataEmitted),
  dataListening: bitAccessor(kDataListening),
  errored: valueAccessor(kErrored, kErroredValue),
  decoder: valueAccessor(kDecoder, kDecoderValue),
  encoding: valueAccessor(kEncoding, kEncodingValue),
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue]; },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  // null: undecided, true: flowing, false: paused explicitly
  flowing: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null; },
    set(value) {
      if (value == null) this[kState] &= ~(kHasFlowing | kFlowing);
      else if (value) this[kState] |= kHasFlowing | kFlowing;
      else this[kState] = (this[kState] | kHasFlowing) & ~kFlowing;
    },
  },
  pipesCount: {
    __proto__: null,
    configurable: true,
    get() { return this.pipes.length; },
  },
  // legacy: pause() was called (and not undone by resume())
  paused: {
    __proto__: null,
    configurable: true,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      this[kState] |= kHasPaused;
      if (value) this[kState] |= kPaused;
      else this[kState] &= ~kPaused;
    },
  },
});

// resume() was called last (Node's `state[kPaused] === false`).
function resumedExplicitly(state) {
  return (state[kState] & (kHasPaused | kPaused)) === kHasPaused;
}

function ReadableState(options, stream, isDuplex) {
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;
  if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) this[kState] |= kObjectMode;

  // Where _read() stops being called pre-emptively (0 = only when asked).
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Chunks live in buffer[bufferIndex..]; consumed slots are nulled.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];

  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // The piped destination(s) we wait a 'drain' from: null | Writable | Set<Writable>.
  this.awaitDrainWriters = null;

  if (options && options.encoding) {
    this.decoder = newStringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if (this.needReadable) maybeReadMore(stream, this);
};

// ---------------------------------------------------------------------------------------------
// Constructor

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  if (this._events === undefined || this._events === null) {
    this._events = { close: undefined, error: undefined, data: undefined, end: undefined, readable: undefined };
  }

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new AbortError();
      this.destroy(error);
    }
    return new Promise((resolve, reject) =>
      eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
  };
}

// ---------------------------------------------------------------------------------------------
// push / unshift

Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    pushObject(this, state, chunk, encoding) :
    pushBytes(this, state, chunk, encoding);
};

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    unshiftObject(this, state, chunk) :
    unshiftBytes(this, state, chunk, encoding);
};

function canPushMore(state) {
  // Below the highWaterMark — or empty, so hwm=0 streams still make progress.
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function pushBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = getBuffer().from(chunk, encoding);
      encoding = '';
    }
  } else if (isBuffer(chunk)) {
    encoding = '';
  } else if (isArrayBufferView(chunk)) {
    chunk = toBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }

  if (!chunk || chunk.length <= 0) {
    // Empty push: nothing to buffer, but the read is over.
    state.reading = false;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }

  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder && !encoding) {
    chunk = state.decoder.write(chunk);
    if (chunk.length === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObject(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder && !encoding) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // With an encoding set the buffer holds strings in that encoding.
      chunk = state.encoding ?
        getBuffer().from(chunk, encoding).toString(state.encoding) :
        getBuffer().from(chunk, encoding);
    }
  } else if (isArrayBufferView(chunk)) {
    chunk = toBuffer(chunk);
  } else if (chunk !== undefined && !isBuffer(chunk)) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }

  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (state.endEmitted) {
    errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    addChunk(stream, state, chunk, true);
  }
  return canPushMore(state);
}

function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && !state.sync && state.dataListening && state.length === 0) {
    // Flowing with nothing buffered: hand the chunk straight to 'data'.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }
    traceBuffer(stream);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

// ---------------------------------------------------------------------------------------------
// read()

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = newStringDecoder(enc);
  state.decoder = decoder;
  // setEncoding(null) means utf8: take the decoder's normalized name.
  state.encoding = decoder.encoding;

  // Re-decode whatever is buffered already.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) content += decoder.write(state.buffer[i]);
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  const before = state.length;
  state.length = content.length;
  if (before !== state.length) traceBuffer(this);
  return this;
};

const MAX_HWM = 0x40000000;
// Next power of two >= n (so repeated large reads do not creep the hwm up).
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // read() with no size: one chunk at a time while flowing, else everything.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at EOF) only triggers 'readable' / 'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) || state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Decide whether to call _read() before taking data out: it may push synchronously.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

  if (state.reading || state.ended || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() cleared `reading`: recompute what we can hand out.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? fromList(n, state) : null;

  if (ret === null) {
    if (state.length <= state.highWaterMark) state.needReadable = true;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    traceBuffer(this);
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    // Read past EOF: 'end' goes out next tick.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }

  return ret;
};

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
      traceBuffer(stream);
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read(): defer 'readable' so flow() does not recurse.
    emitReadable(stream);
  } else {
    // Asynchronous EOF: 'readable' goes out synchronously.
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Ask for another 'readable' unless flowing / ended / above the hwm.
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) state.needReadable = true;
  flow(stream);
}

// Fill the buffer up to the hwm on the next tick (or keep a flowing stream fed).
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // nothing came in: stop spinning
  }
  state.readingMore = false;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// ---------------------------------------------------------------------------------------------
// pipe / unpipe

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // Second destination: track pending drains in a Set from now on.
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }

  state.pipes.push(dest);
  if (tracing()) trace(src, 'pipe', 'readable', { dest: assignStreamId(dest), pipes: state.pipes.length });

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;

  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting on this destination's drain, stop waiting now.
    if (ondrain && state.awaitDrainWriters && (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // Stop piping into a destination that errors (without swallowing the error).
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters.delete(dest);

    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) && state.dataListening) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---------------------------------------------------------------------------------------------
// Listener hooks: 'data' starts flowing, 'readable' switches to paused mode.

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state.dataListening = true;
    // Lets resume() below stay a no-op for once('readable') users.
    if (this.listenerCount('readable') > 0) state.readableListening = true;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = true;
      state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const state = this._readableState;
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // Re-evaluated next tick so once('readable') cycles keep working.
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    state.dataListening = false;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && resumedExplicitly(state)) {
    // A resume is on its way: make it flow.
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners resume() does not make the stream flow.
    state.flowing = !state.readableListening;
    resume(this, state);
  }
  state[kState] = (state[kState] | kHasPaused) & ~kPaused;
  return this;
};

function resume(stream, state) {
  if (!state.resumeScheduled) {
    state.resumeScheduled = true;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// ---------------------------------------------------------------------------------------------
// wrap(): adopt an old-style stream as this Readable's data source.

Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's own methods we do not have.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

// ---------------------------------------------------------------------------------------------
// Async iteration

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  function next(resolve) {
    if (this === stream) {
      // 'readable' fired: wake the pending iteration.
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || (options === undefined || options === null || options.destroyOnReturn !== false)) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Accessors

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // r.readable === false: a Duplex whose readable side was disabled.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? this._readableState.closed : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
  },
});

// ---------------------------------------------------------------------------------------------
// Taking data out of the buffer

Readable._fromList = fromList;

// Removes and returns n bytes/chars (or one object) from the front of the buffer.
function fromList(n, state) {
  if (state.length === 0) return null;

  const buf = state.buffer;
  const len = buf.length;
  let idx = state.bufferIndex;
  let ret;

  if (state.objectMode) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if (state.decoder) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = getBuffer().alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = getBuffer().allocUnsafe(state.length);
      let offset = 0;
      while (idx < len) {
        TypedArraySet.call(ret, buf[idx], offset);
        offset += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk (slice works for strings and Buffers alike).
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (state.decoder) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === buf.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    const B = getBuffer();
    ret = B.allocUnsafe(n);
    const total = n;
    while (idx < len) {
      const data = buf[idx];
      if (n > data.length) {
        TypedArraySet.call(ret, data, total - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          TypedArraySet.call(ret, data, total - n);
          buf[idx++] = null;
        } else {
          TypedArraySet.call(ret, B.from(data.buffer, data.byteOffset, n), total - n);
          buf[idx] = B.from(data.buffer, data.byteOffset + n, data.length - n);
        }
        break;
      }
    }
  }

  if (idx === len) {
    state.buffer.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    state.buffer.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

// ---------------------------------------------------------------------------------------------
// End

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // A late unshift() may have refilled the buffer.
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    trace(stream, 'end', 'readable');
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side is done too.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

Readable.from = function(iterable, opts) {
  return require('internal/streams/from')(Readable, iterable, opts);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};
