// internal/streams/utils — shared helpers for the stream modules: the stream-specific
// error codes (registered on internal/errors when that module lacks them), small function
// helpers (once, aggregateTwoErrors, addAbortListener), lazy Buffer/StringDecoder access,
// the duck-typing predicates used by finished()/pipeline() (isReadable, isWritable,
// isFinished, willEmitClose, …) and the visualizer tracing hook (binding.streamEvent).
'use strict';

const errors = require('internal/errors');
const { codes, E } = errors;

// Error codes streams need.  Registered only when internal/errors does not define them.
function defineCode(code, message, Base) {
  if (codes[code] === undefined) E(code, message, Base);
  return codes[code];
}
defineCode('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
defineCode('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
defineCode('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
defineCode('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
defineCode('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
defineCode('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
defineCode('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
defineCode('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
defineCode('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
defineCode('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);

// ---------------------------------------------------------------------------------------------
// Function helpers

function once(fn) {
  let called = false;
  return function onceWrapper(...args) {
    if (called) return undefined;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

// Combines two errors the way Node does: the outer one wins; two distinct errors become an
// AggregateError carrying the outer message and code.
function aggregateTwoErrors(inner, outer) {
  if (inner && outer && inner !== outer) {
    if (Array.isArray(outer.errors)) {
      outer.errors.push(inner);
      return outer;
    }
    const agg = new AggregateError([outer, inner], outer.message);
    agg.code = outer.code;
    return agg;
  }
  return inner || outer;
}

const kDisposeSymbol = typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol('Symbol.dispose');

// addAbortListener(signal, fn) → { [kDispose]() } — listener runs once on abort (in a
// microtask when the signal is already aborted).
function addAbortListener(signal, listener) {
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [kDisposeSymbol]() {
      if (remove !== undefined) {
        remove();
        remove = undefined;
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Buffer / StringDecoder (loaded on first use so object-mode streams work without them)

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}
let StringDecoderCtor;
function newStringDecoder(enc) {
  if (StringDecoderCtor === undefined) StringDecoderCtor = require('string_decoder').StringDecoder;
  return new StringDecoderCtor(enc);
}
function isBuffer(v) {
  return v instanceof getBuffer();
}
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function isUint8Array(v) {
  return ArrayBuffer.isView(v) && typedArrayTag.call(v) === 'Uint8Array';
}
function toBuffer(view) {
  return getBuffer().from(view.buffer, view.byteOffset, view.byteLength);
}
function isEncoding(enc) {
  return getBuffer().isEncoding(enc);
}

// ---------------------------------------------------------------------------------------------
// Duck typing shared by finished() / pipeline() / destroy.

const kIsDestroyed = Symbol.for('nodejs.stream.destroyed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kOnConstructed = Symbol('kOnConstructed');

function isReadableNodeStream(obj, strict = false) {
  if (!obj || typeof obj.pipe !== 'function' || typeof obj.on !== 'function') return false;
  if (strict && (typeof obj.pause !== 'function' || typeof obj.resume !== 'function')) return false;
  if (obj._writableState) {
    // A Duplex whose readable side is disabled, or a Writable (which has .pipe too).
    if (!obj._readableState || obj._readableState.readable === false) return false;
  }
  return true;
}

function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || !obj._writableState || obj._writableState.writable !== false));
}

function isDuplexNodeStream(obj) {
  return !!(obj && typeof obj.pipe === 'function' && obj._readableState &&
    typeof obj.on === 'function' && typeof obj.write === 'function');
}

function isNodeStream(obj) {
  return obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isReadableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.pipeThrough === 'function' &&
    typeof obj.getReader === 'function' && typeof obj.cancel === 'function');
}
function isWritableStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.getWriter === 'function' &&
    typeof obj.abort === 'function');
}
function isTransformStream(obj) {
  return !!(obj && !isNodeStream(obj) && typeof obj.readable === 'object' &&
    typeof obj.writable === 'object');
}
function isWebStream(obj) {
  return isReadableStream(obj) || isWritableStream(obj) || isTransformStream(obj);
}

function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || (state && state.destroyed));
}

function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.ended !== 'boolean') return null;
  return w.ended;
}

function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const w = stream._writableState;
  if (w && w.errored) return false;
  if (!w || typeof w.finished !== 'boolean') return null;
  return !!(w.finished || (strict === false && w.ended === true && w.length === 0));
}

function isReadableEnded(stream) {
  if (!isReadableNodeStream(stream)) return null;
  if (stream.readableEnded === true) return true;
  const r = stream._readableState;
  if (!r || r.errored) return false;
  if (typeof r.ended !== 'boolean') return null;
  return r.ended;
}

function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const r = stream._readableState;
  if (r && r.errored) return false;
  if (!r || typeof r.endEmitted !== 'boolean') return null;
  return !!(r.endEmitted || (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
  if (stream && stream[kIsReadable] != null) return stream[kIsReadable];
  if (!stream || typeof stream.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}

function isWritable(stream) {
  if (stream && stream[kIsWritable] != null) return stream[kIsWritable];
  if (!stream || typeof stream.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}

function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if ((!opts || opts.readable !== false) && isReadable(stream)) return false;
  if ((!opts || opts.writable !== false) && isWritable(stream)) return false;
  return true;
}

function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  const w = stream._writableState;
  return (w && w.errored) ?? null;
}

function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  const r = stream._readableState;
  return (r && r.errored) ?? null;
}

function isOutgoingMessage(stream) {
  return typeof stream._closed === 'boolean' && typeof stream._defaultKeepAlive === 'boolean' &&
    typeof stream._removedConnection === 'boolean' && typeof stream._removedContLen === 'boolean';
}

function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  if (typeof stream.closed === 'boolean') return stream.closed;
  const w = stream._writableState;
  const r = stream._readableState;
  if ((w && typeof w.closed === 'boolean') || (r && typeof r.closed === 'boolean')) {
    return (w && w.closed) || (r && r.closed);
  }
  if (typeof stream._closed === 'boolean' && isOutgoingMessage(stream)) return stream._closed;
  return null;
}

function isServerResponse(stream) {
  return typeof stream._sent100 === 'boolean' && isOutgoingMessage(stream);
}

function isServerRequest(stream) {
  return typeof stream._consuming === 'boolean' && typeof stream._dumped === 'boolean' &&
    (stream.req == null || stream.req.upgradeOrConnect === undefined);
}

function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return (!state && isServerResponse(stream)) ||
    !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}

function isDisturbed(stream) {
  if (!stream) return false;
  const flag = stream[kIsDisturbed];
  return !!(flag ?? (stream.readableDidRead || stream.readableAborted));
}

function isErrored(stream) {
  if (!stream) return false;
  const r = stream._readableState;
  const w = stream._writableState;
  return !!(stream[kIsErrored] ?? stream.readableErrored ?? stream.writableErrored ??
    (r ? r.errorEmitted : undefined) ?? (w ? w.errorEmitted : undefined) ??
    (r ? r.errored : undefined) ?? (w ? w.errored : undefined));
}

// ---------------------------------------------------------------------------------------------
// State bitfields.  Readable/WritableState keep their boolean flags in one integer under
// [kState] (exposed through prototype accessors), with Node's bit layout, so that inspecting
// a stream prints what Node prints.  Bits 0-8 are common to both states.

const kState = Symbol('kState');
const kObjectMode = 1 << 0;
const kErrorEmitted = 1 << 1;
const kAutoDestroy = 1 << 2;
const kEmitClose = 1 << 3;
const kDestroyed = 1 << 4;
const kClosed = 1 << 5;
const kCloseEmitted = 1 << 6;
const kErrored = 1 << 7;
const kConstructed = 1 << 8;

function bitAccessor(bit) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & bit) !== 0; },
    set(value) {
      if (value) this[kState] |= bit;
      else this[kState] &= ~bit;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Tracing for the visualizer: binding.streamEvent(kind, id, info).  Never lets a failing hook
// change the stream's behaviour.

const kStreamId = Symbol('loopscope.streamId');
let streamCounter = 0;

// Numeric id (non-enumerable symbol property) for the visualizer; undefined for objects
// that cannot take one (frozen, primitives).
function assignStreamId(stream) {
  if (stream === null || (typeof stream !== 'object' && typeof stream !== 'function')) return undefined;
  if (stream[kStreamId] === undefined && Object.isExtensible(stream)) {
    Object.defineProperty(stream, kStreamId, { __proto__: null, value: ++streamCounter, enumerable: false, configurable: true, writable: false });
  }
  return stream[kStreamId];
}

let typeCtors;
function streamTypeName(stream) {
  if (typeCtors === undefined) {
    typeCtors = [
      ['PassThrough', require('internal/streams/passthrough')],
      ['Transform', require('internal/streams/transform')],
      ['Duplex', require('internal/streams/duplex')],
      ['Readable', require('internal/streams/readable')],
      ['Writable', require('internal/streams/writable')],
    ];
  }
  for (const [name, Ctor] of typeCtors) {
    if (Function.prototype[Symbol.hasInstance].call(Ctor, stream)) return name;
  }
  return 'Stream';
}

function tracing() {
  return binding !== undefined && binding !== null && typeof binding.streamEvent === 'function';
}

// side: 'readable' | 'writable' | undefined (both / not applicable)
function trace(stream, kind, side, extra) {
  if (binding === undefined || binding === null || typeof binding.streamEvent !== 'function') return;
  try {
    const r = stream._readableState;
    const w = stream._writableState;
    const info = {
      type: streamTypeName(stream),
      name: (stream.constructor && stream.constructor.name) || '',
    };
    const st = side === 'writable' ? w : side === 'readable' ? r : (r || w);
    if (side !== undefined) info.side = side;
    if (st) {
      info.highWaterMark = st.highWaterMark;
      info.objectMode = !!st.objectMode;
      info.length = st.length;
    }
    if (side === undefined && r && w) {
      info.readableHighWaterMark = r.highWaterMark;
      info.writableHighWaterMark = w.highWaterMark;
      info.readableLength = r.length;
      info.writableLength = w.length;
    }
    if (extra !== undefined) Object.assign(info, extra);
    binding.streamEvent(kind, assignStreamId(stream), info);
  } catch {
    // the hook must never change stream behaviour
  }
}

module.exports = {
  codes,
  AbortError: errors.AbortError,
  once,
  aggregateTwoErrors,
  addAbortListener,
  kDisposeSymbol,
  getBuffer,
  newStringDecoder,
  isBuffer,
  isArrayBufferView,
  isUint8Array,
  toBuffer,
  isEncoding,
  kIsDestroyed,
  kIsErrored,
  kIsReadable,
  kIsWritable,
  kIsDisturbed,
  kOnConstructed,
  kStreamId,
  isReadableNodeStream,
  isWritableNodeStream,
  isDuplexNodeStream,
  isNodeStream,
  isReadableStream,
  isWritableStream,
  isTransformStream,
  isWebStream,
  isIterable,
  isDestroyed,
  isWritableEnded,
  isWritableFinished,
  isReadableEnded,
  isReadableFinished,
  isReadable,
  isWritable,
  isFinished,
  isWritableErrored,
  isReadableErrored,
  isClosed,
  isServerRequest,
  isServerResponse,
  willEmitClose,
  isDisturbed,
  isErrored,
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
};
