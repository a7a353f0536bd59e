// buffer — Node's `buffer` module (Buffer, SlowBuffer, constants, isUtf8/isAscii, …) in plain
// JavaScript on top of Uint8Array.  Matches Node 20's observable behaviour: the 8 KiB
// allocation pool, argument validation and error text, encoding/decoding rules (including
// the lenient base64/hex decoders and WHATWG-style UTF-8 replacement), and inspect output.
//
// Loaded by the runtime as a CommonJS-style body:
//   (function (exports, require, module, binding) { <this file> })
// `binding.externalAllocated(arrayBuffer, bytes)`, when present,
// is told about every backing store this module creates (including the pool slab) so the
// host can report external memory.
'use strict';

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/errors');

// ---------------------------------------------------------------------------
// Intrinsics
// ---------------------------------------------------------------------------
const MathFloor = Math.floor;
const MathMin = Math.min;
const MathTrunc = Math.trunc;
const NumberIsNaN = Number.isNaN;
const NumberMIN_SAFE_INTEGER = Number.MIN_SAFE_INTEGER;
const NumberMAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const ObjectDefineProperty = Object.defineProperty;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const ReflectOwnKeys = Reflect.ownKeys;
const StringFromCharCode = String.fromCharCode;
const FunctionApply = Function.prototype.apply;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const ArrayBufferIsView = ArrayBuffer.isView;

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const TypedArrayFill = TypedArrayProto.fill;
const TypedArraySet = TypedArrayProto.set;
const TypedArraySlice = TypedArrayProto.slice;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function isUint8Array(v) { return typedArrayTag.call(v) === 'Uint8Array'; }
function isTypedArray(v) { return typedArrayTag.call(v) !== undefined; }
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try {
    arrayBufferByteLength.call(v);
    return true;
  } catch {
    // not an ArrayBuffer
  }
  if (sharedArrayBufferByteLength !== undefined) {
    try {
      sharedArrayBufferByteLength.call(v);
      return true;
    } catch {
      // not a SharedArrayBuffer
    }
  }
  return false;
}

// The bytes of any ArrayBufferView as a plain Uint8Array over the same memory.
function viewBytes(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// Errors thrown by Node's C++ layer: plain Error objects with a `code` property.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

let lazyInspect;
function utilInspect(value, opts) {
  if (lazyInspect === undefined) lazyInspect = require('internal/inspect').inspect;
  return lazyInspect(value, opts);
}

// ---------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = {};
ObjectDefineProperty(constants, 'MAX_LENGTH', { value: kMaxLength, writable: false, enumerable: true, configurable: false });
ObjectDefineProperty(constants, 'MAX_STRING_LENGTH', { value: kStringMaxLength, writable: false, enumerable: true, configurable: false });
let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// FastBuffer: the real class behind every Buffer instance.
// ---------------------------------------------------------------------------
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function noteExternal(buf) {
  const bytes = buf.byteLength;
  if (bytes > 0 && binding !== undefined && binding !== null &&
      typeof binding.externalAllocated === 'function') {
    try {
      binding.externalAllocated(buf.buffer, bytes);
    } catch {
      // accounting only
    }
  }
}

// A Buffer with its own, fresh backing store.
function createUnsafeBuffer(size) {
  const buf = new FastBuffer(size);
  noteExternal(buf);
  return buf;
}

// ---------------------------------------------------------------------------
// The allocation pool
// ---------------------------------------------------------------------------
let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeBuffer(poolSize).buffer;
  poolOffset = 0;
}

function alignPool() {
  // Keep the next slice 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// ---------------------------------------------------------------------------
// Encoding primitives
// ---------------------------------------------------------------------------
const CHUNK = 4096;

// String from an array-like of UTF-16 code units (length `len`), in chunks so no engine
// argument limit is hit and no quadratic concatenation happens.
function codesToString(codes, len) {
  if (len <= CHUNK) {
    if (len === codes.length) return FunctionApply.call(StringFromCharCode, null, codes);
    return FunctionApply.call(StringFromCharCode, null, codes.subarray(0, len));
  }
  const parts = [];
  for (let i = 0; i < len; i += CHUNK) {
    parts.push(FunctionApply.call(StringFromCharCode, null, codes.subarray(i, MathMin(i + CHUNK, len))));
  }
  return parts.join('');
}

// --- UTF-8 ---

// Regular expressions run natively, which beats a per-character loop by far on an
// interpreter: they give the common all-ASCII cases without touching each unit in JS.
const kNonAscii = /[^\x00-\x7f]/;
const kHighLatin1 = /[\x80-\xff]/;
const kHighLatin1Global = /[\x80-\xff]/g;

const kAsciiRuns = /[\x00-\x7f]+/g;
const kTwoByteRuns = /[\x80-\u07ff]+/g;
const kSurrogate = /[\ud800-\udfff]/;
const kSurrogatePairs = /[\ud800-\udbff][\udc00-\udfff]/g;

// UTF-8 length: 1 byte per unit, +1 per unit >= 0x80, +1 per unit >= 0x800, and a valid
// surrogate pair (counted 6 that way) is 4.  Lone surrogates count 3 (U+FFFD).
function byteLengthUtf8(str) {
  const len = str.length;
  if (!kNonAscii.test(str)) return len;
  const nonAscii = str.replace(kAsciiRuns, '');
  const wide = nonAscii.replace(kTwoByteRuns, '');
  let n = len + nonAscii.length + wide.length;
  if (kSurrogate.test(wide)) n -= len - str.replace(kSurrogatePairs, '').length;
  return n;
}

// Writes whole characters of `str` into bytes[offset, offset + max); lone surrogates become
// U+FFFD.  Returns the number of bytes written.
function utf8Write(bytes, str, offset, max) {
  const len = str.length;
  if (!kNonAscii.test(str)) {
    const n = MathMin(len, max);
    for (let i = 0; i < n; i++) bytes[offset + i] = str.charCodeAt(i);
    return n;
  }
  const end = offset + max;
  let p = offset;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      bytes[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      bytes[p++] = 0xC0 | (c >> 6);
      bytes[p++] = 0x80 | (c & 0x3F);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          if (p + 4 > end) break;
          const cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          bytes[p++] = 0xF0 | (cp >> 18);
          bytes[p++] = 0x80 | ((cp >> 12) & 0x3F);
          bytes[p++] = 0x80 | ((cp >> 6) & 0x3F);
          bytes[p++] = 0x80 | (cp & 0x3F);
          i++;
          continue;
        }
      }
      c = 0xFFFD;
    }
    if (p + 3 > end) break;
    bytes[p++] = 0xE0 | (c >> 12);
    bytes[p++] = 0x80 | ((c >> 6) & 0x3F);
    bytes[p++] = 0x80 | (c & 0x3F);
  }
  return p - offset;
}

function utf8Bytes(str) {
  const out = new Uint8Array(byteLengthUtf8(str));
  utf8Write(out, str, 0, out.length);
  return out;
}

// Decodes bytes[start, end) as UTF-8; each maximal invalid subpart becomes one U+FFFD.
function utf8Decode(bytes, start, end) {
  // ASCII runs (often everything) are taken as slices of the latin1 view of the bytes;
  // only the rest is decoded unit by unit.
  const latin1 = latin1Decode(bytes, start, end);
  if (!kHighLatin1.test(latin1)) return latin1;
  const pieces = [];
  const out = new Uint16Array(MathMin(end - start, CHUNK + 4));
  let o = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      kHighLatin1Global.lastIndex = i - start;
      const m = kHighLatin1Global.exec(latin1);
      const runEnd = m === null ? end : start + m.index;
      if (o > 0) {
        pieces.push(codesToString(out, o));
        o = 0;
      }
      pieces.push(latin1.slice(i - start, runEnd - start));
      i = runEnd;
      continue;
    }
    if (o >= CHUNK) {
      pieces.push(codesToString(out, o));
      o = 0;
    }
    let need;
    let cp;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b === 0xE0) lower = 0xA0;
      else if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xF0) lower = 0x90;
      else if (b === 0xF4) upper = 0x8F;
    } else {
      out[o++] = 0xFFFD;
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let n = 0; n < need; n++, j++) {
      if (j >= end) {
        ok = false;
        break;
      }
      const c = bytes[j];
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
    }
    if (!ok) {
      // The lead byte and the valid continuation bytes so far make one replacement
      // character; the offending byte (if any) is looked at again.
      out[o++] = 0xFFFD;
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = 0xD800 | (cp >> 10);
      out[o++] = 0xDC00 | (cp & 0x3FF);
    } else {
      out[o++] = cp;
    }
    i = j;
  }
  if (o > 0) pieces.push(codesToString(out, o));
  return pieces.join('');
}

function isValidUtf8(bytes) {
  const end = bytes.length;
  let i = 0;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need;
    let lower = 0x80;
    let upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b === 0xE0) lower = 0xA0;
      else if (b === 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b === 0xF0) lower = 0x90;
      else if (b === 0xF4) upper = 0x8F;
    } else {
      return false;
    }
    for (let n = 0; n < need; n++) {
      i++;
      if (i >= end) return false;
      const c = bytes[i];
      if (c < lower || c > upper) return false;
      lower = 0x80;
      upper = 0xBF;
    }
    i++;
  }
  return true;
}

// --- latin1 / ascii ---

function latin1Decode(bytes, start, end) {
  if (end <= start) return '';
  return codesToString(bytes.subarray(start, end), end - start);
}

function asciiDecode(bytes, start, end) {
  const latin1 = latin1Decode(bytes, start, end);
  if (!kHighLatin1.test(latin1)) return latin1;
  const out = new Uint8Array(end - start);
  for (let k = start; k < end; k++) out[k - start] = bytes[k] & 0x7F;
  return codesToString(out, out.length);
}

// Both latin1 and ascii keep the low 8 bits of each UTF-16 code unit.
function latin1Write(bytes, str, offset, max) {
  const n = MathMin(max, str.length);
  for (let i = 0; i < n; i++) bytes[offset + i] = str.charCodeAt(i);
  return n;
}

// --- UTF-16LE ---

function ucs2Decode(bytes, start, end) {
  const n = (end - start) >>> 1;
  if (n === 0) return '';
  const out = new Uint16Array(n);
  for (let k = 0, p = start; k < n; k++, p += 2) out[k] = bytes[p] | (bytes[p + 1] << 8);
  return codesToString(out, n);
}

function ucs2Write(bytes, str, offset, max) {
  const n = MathMin(max >>> 1, str.length);
  for (let i = 0, p = offset; i < n; i++, p += 2) {
    const c = str.charCodeAt(i);
    bytes[p] = c & 0xFF;
    bytes[p + 1] = c >>> 8;
  }
  return n * 2;
}

// --- hex ---

const HEX_CODES = new Uint8Array(16);
const UNHEX = new Uint8Array(256).fill(255);
for (let i = 0; i < 16; i++) {
  const ch = '0123456789abcdef'.charCodeAt(i);
  HEX_CODES[i] = ch;
  UNHEX[ch] = i;
  UNHEX['0123456789ABCDEF'.charCodeAt(i)] = i;
}

function hexDecodeString(bytes, start, end) {
  const n = end - start;
  if (n <= 0) return '';
  const out = new Uint8Array(n * 2);
  for (let k = 0, i = start; i < end; i++) {
    const b = bytes[i];
    out[k++] = HEX_CODES[b >> 4];
    out[k++] = HEX_CODES[b & 15];
  }
  return codesToString(out, out.length);
}

// Decodes pairs of hex digits until the first invalid pair (an odd last digit is ignored).
function hexWrite(bytes, str, offset, max) {
  const len = str.length;
  let i = 0;
  for (; i < max && i * 2 + 1 < len; i++) {
    const a = UNHEX[str.charCodeAt(i * 2) & 0xFF];
    const b = UNHEX[str.charCodeAt(i * 2 + 1) & 0xFF];
    if (a === 255 || b === 255) break;
    bytes[offset + i] = (a << 4) | b;
  }
  return i;
}

// --- base64 / base64url ---

const B64_STD = new Uint8Array(64);
const B64_URL = new Uint8Array(64);
const UNBASE64 = new Uint8Array(256).fill(255);
{
  const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) {
    B64_STD[i] = std.charCodeAt(i);
    B64_URL[i] = std.charCodeAt(i);
    UNBASE64[std.charCodeAt(i)] = i;
  }
  B64_URL[62] = 0x2D; // '-'
  B64_URL[63] = 0x5F; // '_'
  UNBASE64[0x2D] = 62;
  UNBASE64[0x5F] = 63;
}

function base64Encode(bytes, start, end, url) {
  const n = end - start;
  if (n <= 0) return '';
  const table = url ? B64_URL : B64_STD;
  const full = n - (n % 3);
  const outLen = url ? MathFloor(n / 3) * 4 + (n % 3 === 0 ? 0 : n % 3 + 1) : Math.ceil(n / 3) * 4;
  const out = new Uint8Array(outLen);
  let o = 0;
  let i = start;
  for (const stop = start + full; i < stop; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out[o++] = table[v >> 18];
    out[o++] = table[(v >> 12) & 63];
    out[o++] = table[(v >> 6) & 63];
    out[o++] = table[v & 63];
  }
  const rest = n - full;
  if (rest === 1) {
    const v = bytes[i] << 16;
    out[o++] = table[v >> 18];
    out[o++] = table[(v >> 12) & 63];
    if (!url) {
      out[o++] = 0x3D;
      out[o++] = 0x3D;
    }
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out[o++] = table[v >> 18];
    out[o++] = table[(v >> 12) & 63];
    out[o++] = table[(v >> 6) & 63];
    if (!url) out[o++] = 0x3D;
  }
  return codesToString(out, o);
}

// Node's forgiving decoder: accepts both alphabets, skips characters outside them, stops
// at the first '=' and never writes more than `max` bytes.
function base64Write(bytes, str, offset, max) {
  const len = str.length;
  const end = offset + max;
  let p = offset;
  let i = 0;
  // Whole groups of four alphabet characters while three more bytes fit.
  for (; i + 4 <= len && p + 3 <= end; i += 4) {
    const a = UNBASE64[str.charCodeAt(i) & 0xFF];
    const b = UNBASE64[str.charCodeAt(i + 1) & 0xFF];
    const c = UNBASE64[str.charCodeAt(i + 2) & 0xFF];
    const d = UNBASE64[str.charCodeAt(i + 3) & 0xFF];
    if ((a | b | c | d) > 63) break;
    bytes[p++] = (a << 2) | (b >> 4);
    bytes[p++] = ((b & 0x0F) << 4) | (c >> 2);
    bytes[p++] = ((c & 0x03) << 6) | d;
  }
  // The rest, one character at a time: skip what is not in the alphabet, stop at '='.
  let k = 0;
  let prev = 0;
  for (; i < len && p < end; i++) {
    const c = str.charCodeAt(i) & 0xFF;
    const v = UNBASE64[c];
    if (v === 255) {
      if (c === 0x3D) break;
      continue;
    }
    switch (k) {
      case 0:
        k = 1;
        break;
      case 1:
        bytes[p++] = (prev << 2) | (v >> 4);
        k = 2;
        break;
      case 2:
        bytes[p++] = ((prev & 0x0F) << 4) | (v >> 2);
        k = 3;
        break;
      default:
        bytes[p++] = ((prev & 0x03) << 6) | v;
        k = 0;
    }
    prev = v;
  }
  return p - offset;
}

function base64ByteLength(str, bytes) {
  // Handle padding
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  // 3 bytes per 4 characters
  return (bytes * 3) >>> 2;
}

// ---------------------------------------------------------------------------
// Encoding table
// ---------------------------------------------------------------------------
const encodingsMap = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, buffer: 6, base64url: 7 };

function makeOps(encoding, byteLength, write, slice, indexOf) {
  return { encoding, encodingVal: encodingsMap[encoding], byteLength, write, slice, indexOf };
}

const encodingOps = {
  utf8: makeOps('utf8', byteLengthUtf8, utf8Write, utf8Decode,
                (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, encodingsMap.utf8, dir)),
  ucs2: makeOps('utf16le', (s) => s.length * 2, ucs2Write, ucs2Decode,
                (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, encodingsMap.utf16le, dir)),
  latin1: makeOps('latin1', (s) => s.length, latin1Write, latin1Decode,
                  (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, encodingsMap.latin1, dir)),
  ascii: makeOps('ascii', (s) => s.length, latin1Write, asciiDecode,
                 (buf, val, byteOffset, dir) =>
                   indexOfBuffer(buf, fromStringFast(val, encodingOps.ascii), byteOffset, encodingsMap.ascii, dir)),
  base64: makeOps('base64', (s) => base64ByteLength(s, s.length), base64Write,
                  (bytes, start, end) => base64Encode(bytes, start, end, false),
                  (buf, val, byteOffset, dir) =>
                    indexOfBuffer(buf, fromStringFast(val, encodingOps.base64), byteOffset, encodingsMap.base64, dir)),
  base64url: makeOps('base64url', (s) => base64ByteLength(s, s.length), base64Write,
                     (bytes, start, end) => base64Encode(bytes, start, end, true),
                     (buf, val, byteOffset, dir) =>
                       indexOfBuffer(buf, fromStringFast(val, encodingOps.base64url), byteOffset,
                                     encodingsMap.base64url, dir)),
  hex: makeOps('hex', (s) => s.length >>> 1, hexWrite, hexDecodeString,
               (buf, val, byteOffset, dir) =>
                 indexOfBuffer(buf, fromStringFast(val, encodingOps.hex), byteOffset, encodingsMap.hex, dir)),
};

// Buffer's own lookup: the name is stringified, then matched as is or lower-cased.
function getEncodingOps(encoding) {
  encoding += '';
  for (let pass = 0; pass < 2; pass++) {
    switch (encoding) {
      case 'utf8': case 'utf-8': return encodingOps.utf8;
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return encodingOps.ucs2;
      case 'latin1': case 'binary': return encodingOps.latin1;
      case 'base64': return encodingOps.base64;
      case 'base64url': return encodingOps.base64url;
      case 'hex': return encodingOps.hex;
      case 'ascii': return encodingOps.ascii;
      default:
        if (pass === 0) encoding = encoding.toLowerCase();
    }
  }
  return undefined;
}

// Node's internal normalizeEncoding(): canonical name or undefined.
const { normalizeEncoding } = require('internal/encoding');

function opsForNormalized(name) {
  return name === 'utf16le' ? encodingOps.ucs2 : encodingOps[name];
}

// ---------------------------------------------------------------------------
// Buffer
// ---------------------------------------------------------------------------
const bufferWarning = 'Buffer() is deprecated due to security and usability issues. Please use the ' +
  'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;

// Like Node: the first user-land frame decides; code under node_modules is not warned about.
function isInsideNodeModules() {
  let stack;
  try {
    stack = new Error().stack;
  } catch {
    return false;
  }
  if (typeof stack !== 'string') return false;
  const lines = stack.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!/^\s*at /.test(line)) continue;
    let loc = /\(([^()]*)\)\s*$/.exec(line);
    loc = loc ? loc[1] : line.replace(/^\s*at (async )?/, '');
    if (!/^\/|\\|^file:\/\//.test(loc)) continue;
    if (/\/core\/js\/buffer\.js:/.test(loc)) continue;
    return /[\\/]node_modules[\\/]/.test(loc);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted ||
      ++nodeModulesCheckCounter > 10000 ||
      isInsideNodeModules()) {
    return;
  }
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  }
  bufferWarningAlreadyEmitted = true;
}

/**
 * Deprecated `Buffer(arg, encodingOrOffset, length)` / `new Buffer(...)`.
 */
function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

ObjectDefineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
ObjectSetPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;
createPool();

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (NumberIsNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    TypedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  const b = new FastBuffer(obj);
  noteExternal(b);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) {
    return fromArrayLike(obj.data);
  }
  return undefined;
}

// Large strings get their own backing store of the estimated size; the Buffer covers
// the bytes actually written.
function createFromString(string, ops) {
  const length = ops.byteLength(string);
  const buf = createUnsafeBuffer(length);
  const actual = ops.write(buf, string, 0, length);
  if (actual < length) return new FastBuffer(buf.buffer, 0, actual);
  return buf;
}

function fromStringFast(string, ops) {
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) return createFromString(string, ops);
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) {
    // byteLength() may overestimate (base64 with whitespace, invalid hex, …).
    b = new FastBuffer(allocPool, poolOffset, actual);
  }
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

/**
 * Buffer.from(string[, encoding]) | (arrayBuffer[, byteOffset[, length]]) | (array) |
 * (buffer) | (object with valueOf()/Symbol.toPrimitive).
 */
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
};

/**
 * Buffer.copyBytesFrom(view[, offset[, length]]): copies the bytes of part of a TypedArray.
 */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const newObj = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) newObj[k] = items[k];
  return newObj;
};

/**
 * Buffer.alloc(size[, fill[, encoding]]): zero-filled (or filled) fresh memory.
 */
Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return createUnsafeBuffer(size);
};

/**
 * Buffer.allocUnsafe(size): small sizes are sliced from the shared pool.
 */
Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
ObjectSetPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
ObjectSetPrototypeOf(SlowBuffer, Uint8Array);

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = MathMin(aLen, bLen);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (aLen > bLen) return 1;
  if (aLen < bLen) return -1;
  return 0;
}

function _compare(a, b) {
  return compareBytes(a, 0, a.length, b, 0, b.length);
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return _compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  // Zero the tail when `length` was larger than the data.
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBufferIsView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  // An unknown encoding counts as UTF-8.
  if (ops === undefined) return byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype: parent/offset, copy, toString, equals, inspect, compare, search, fill, write…
// ---------------------------------------------------------------------------
ObjectDefineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
ObjectDefineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!NumberIsNaN(n) && n >= NumberMIN_SAFE_INTEGER && n <= NumberMAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : MathFloor(n));
  }
  return defaultVal;
}

// Copies nb bytes (memmove semantics).
function copyBytes(source, target, targetStart, sourceStart, nb) {
  const src = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  if (source.buffer === target.buffer) {
    TypedArraySet.call(target, TypedArraySlice.call(src), targetStart);
  } else {
    TypedArraySet.call(target, src, targetStart);
  }
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  copyBytes(source, target, targetStart, sourceStart, nb);
  return nb;
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

// node's toString/write call this.<encoding>Slice / this.<encoding>Write, which only Buffers
// have: borrowed onto a plain Uint8Array they throw.
function requireBufferMethods(buf, kind) {
  if (typeof buf[`utf8${kind}`] !== 'function') throw new TypeError(`this.utf8${kind} is not a function`);
}

Buffer.prototype.toString = function toString(encoding, start, end) {
  requireBufferMethods(this, 'Slice');
  if (arguments.length === 0) return utf8Decode(this, 0, this.length);

  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = MathTrunc(start) || 0;

  if (end === undefined || end > len) end = len;
  else end = MathTrunc(end) || 0;

  if (end <= start) return '';

  if (encoding === undefined) return utf8Decode(this, start, end);

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || _compare(this, otherBuffer) === 0;
};

function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key !== '0' && !/^[1-9][0-9]*$/.test(key)) return false;
  return +key < 4294967295;
}

// Own properties that are not array indices (enumerable ones unless showHidden).
function ownNonIndexKeys(obj, all) {
  const keys = ReflectOwnKeys(obj);
  const out = [];
  // A typed array's own keys start with exactly its indices.
  const first = isTypedArray(obj) ? typedArrayLength.call(obj) : 0;
  for (let i = first; i < keys.length; i++) {
    const key = keys[i];
    if (isIndexKey(key)) continue;
    if (!all && !propertyIsEnumerable.call(obj, key)) continue;
    out.push(key);
  }
  return out;
}

// `<Buffer 68 69>`; more than INSPECT_MAX_BYTES bytes are summarised.
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = MathMin(max, this.length);
  const remaining = this.length - max;
  const shown = MathTrunc(actualMax) || 0;
  const hex = [];
  for (let i = 0; i < shown; i++) {
    const b = this[i];
    hex.push(StringFromCharCode(HEX_CODES[b >> 4], HEX_CODES[b & 15]));
  }
  let str = hex.join(' ');
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Show extra own properties too.
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    const keys = ownNonIndexKeys(this, !!ctx.showHidden);
    for (let i = 0; i < keys.length; i++) {
      extras = true;
      obj[keys[i]] = this[keys[i]];
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      // Drop the leading '[Object: null prototype] {' and the trailing ' }'.
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Buffer.prototype[customInspectSymbol] = inspect;
Buffer.prototype.inspect = inspect;

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return _compare(this, target);

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;

  if (sourceStart > this.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  }
  if (targetStart > target.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  }
  return compareBytes(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
};

// --- searching ---

// Where a search of `needleLength` units starts, or -1 for "no match possible".
function indexOfOffset(length, offset, needleLength, isForward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

// Searches `needle` (array-like of units) in hay[0, hayLen); forward from `start` or
// backward from min(start, hayLen - needleLen).  Returns the unit index or -1.
function searchUnits(hay, hayLen, needle, needleLen, start, isForward) {
  if (hayLen < needleLen) return -1;
  const diff = hayLen - needleLen;
  const first = needle[0];
  if (isForward) {
    for (let i = start; i <= diff; i++) {
      if (hay[i] !== first) continue;
      let j = 1;
      while (j < needleLen && hay[i + j] === needle[j]) j++;
      if (j === needleLen) return i;
    }
  } else {
    for (let i = start > diff ? diff : start; i >= 0; i--) {
      if (hay[i] !== first) continue;
      let j = 1;
      while (j < needleLen && hay[i + j] === needle[j]) j++;
      if (j === needleLen) return i;
    }
  }
  return -1;
}

function u16View(bytes, units) {
  const out = new Uint16Array(units);
  for (let k = 0, p = 0; k < units; k++, p += 2) out[k] = bytes[p] | (bytes[p + 1] << 8);
  return out;
}

function searchBytes(buffer, hayLen, needle, offset, isForward, ucs2) {
  const needleLength = needle.length;
  const optOffset = indexOfOffset(hayLen, offset, needleLength, isForward);
  if (needleLength === 0) return optOffset;
  if (hayLen === 0) return -1;
  if (optOffset <= -1) return -1;
  if ((isForward && needleLength + optOffset > hayLen) || needleLength > hayLen) return -1;
  if (ucs2) {
    if (hayLen < 2 || needleLength < 2) return -1;
    const hayUnits = hayLen >>> 1;
    const needleUnits = needleLength >>> 1;
    const r = searchUnits(u16View(buffer, hayUnits), hayUnits, u16View(needle, needleUnits), needleUnits,
                          optOffset >>> 1, isForward);
    // Node reports "not found" as hayUnits * 2, which only equals the length when it is even.
    const result = (r === -1 ? hayUnits : r) * 2;
    return result === hayLen ? -1 : result;
  }
  return searchUnits(buffer, hayLen, needle, needleLength, optOffset, isForward);
}

function indexOfString(buffer, val, byteOffset, encodingVal, isForward) {
  const offset = MathTrunc(byteOffset);
  if (encodingVal === encodingsMap.utf16le) {
    const hayLen = buffer.length & ~1;
    const needleLength = val.length * 2;
    const optOffset = indexOfOffset(hayLen, offset, needleLength, isForward);
    if (needleLength === 0) return optOffset;
    if (hayLen === 0 || optOffset <= -1) return -1;
    if ((isForward && needleLength + optOffset > hayLen) || needleLength > hayLen) return -1;
    const hayUnits = hayLen >>> 1;
    const needle = new Uint16Array(val.length);
    for (let i = 0; i < val.length; i++) needle[i] = val.charCodeAt(i);
    const r = searchUnits(u16View(buffer, hayUnits), hayUnits, needle, val.length, optOffset >>> 1, isForward);
    return r === -1 ? -1 : r * 2;
  }
  let needle;
  if (encodingVal === encodingsMap.latin1) {
    needle = new Uint8Array(val.length);
    latin1Write(needle, val, 0, val.length);
  } else {
    needle = utf8Bytes(val);
  }
  return searchBytes(buffer, buffer.length, needle, offset, isForward, false);
}

function indexOfBuffer(buffer, val, byteOffset, encodingVal, isForward) {
  return searchBytes(buffer, buffer.length, viewBytes(val), MathTrunc(byteOffset), isForward,
                     encodingVal === encodingsMap.utf16le);
}

function indexOfNumber(buffer, val, byteOffset, isForward) {
  const needle = val & 0xFF;
  const len = buffer.length;
  const optOffset = indexOfOffset(len, MathTrunc(byteOffset), 1, isForward);
  if (optOffset <= -1 || len === 0) return -1;
  if (isForward) {
    for (let i = optOffset; i < len; i++) if (buffer[i] === needle) return i;
  } else {
    for (let i = optOffset; i >= 0; i--) if (buffer[i] === needle) return i;
  }
  return -1;
}

// Finds `val` in `buffer` (forward when `dir`) starting at `byteOffset`.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (!ArrayBufferIsView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // null, [] and the like become 0; undefined, 'foo' and {} search everything.
  byteOffset = +byteOffset;
  if (NumberIsNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') return indexOfNumber(viewBytes(buffer), val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(viewBytes(buffer), val, byteOffset, dir);
  }

  if (isUint8Array(val)) {
    const encodingVal = (ops === undefined ? encodingsMap.utf8 : ops.encodingVal);
    return indexOfBuffer(viewBytes(buffer), val, byteOffset, encodingVal, dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// --- fill ---

// Fills buf[offset, end) by repeating `bytes`.  Returns -1 when there is nothing to repeat.
function fillWithBytes(buf, bytes, offset, end) {
  const fillLength = end - offset;
  const strLength = bytes.length;
  if (strLength === 0) return -1;
  const first = MathMin(strLength, fillLength);
  for (let i = 0; i < first; i++) buf[offset + i] = bytes[i];
  if (strLength >= fillLength) return 0;
  // Double the filled region until done.
  let filled = strLength;
  while (filled < fillLength) {
    const n = MathMin(filled, fillLength - filled);
    TypedArraySet.call(buf, new Uint8Array(buf.buffer, buf.byteOffset + offset, n), offset + filled);
    filled += n;
  }
  return 0;
}

function encodeForFill(value, encoding) {
  const ops = opsForNormalized(encoding);
  const length = ops.byteLength(value);
  const bytes = new Uint8Array(length);
  const actual = ops.write(bytes, value, 0, length);
  return actual === length ? bytes : bytes.subarray(0, actual);
}

function _fill(buf, value, offset, end, encoding) {
  let normalizedEncoding;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (value.length === 0) {
      // An empty string fills with zeroes.
      value = 0;
    } else if (value.length === 1) {
      // A single character that fits into a byte is filled as a number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    // Invalid ranges are not set to a default, so can range check early.
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    TypedArrayFill.call(buf, value, offset, end);
  } else {
    let res;
    if (ArrayBufferIsView(value)) {
      res = fillWithBytes(buf, viewBytes(value), offset, end);
    } else if (typeof value !== 'string') {
      // Anything else is coerced to a number, of which the low byte is used.
      const byte = (+value >>> 0) & 255;
      TypedArrayFill.call(buf, byte, offset, end);
      res = 0;
    } else {
      res = fillWithBytes(buf, encodeForFill(value, normalizedEncoding), offset, end);
    }
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

// --- write ---

Buffer.prototype.write = function write(string, offset, length, encoding) {
  requireBufferMethods(this, 'Write');
  // Buffer#write(string);
  if (offset === undefined) return stringWrite(this, encodingOps.utf8, string, 0, this.length);

  if (length === undefined && typeof offset === 'string') {
    // Buffer#write(string, encoding)
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    // Buffer#write(string, offset[, length][, encoding])
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === 'utf8') return stringWrite(this, encodingOps.utf8, string, offset, length);
  if (encoding === 'ascii') return stringWrite(this, encodingOps.ascii, string, offset, length);

  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return stringWrite(this, ops, string, offset, length);
};

function checkIsBuffer(buf) {
  if (!ArrayBufferIsView(buf)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

// ParseArrayIndex of the C++ layer: undefined -> default, negative -> "Index out of range".
function parseArrayIndex(value, def) {
  if (value === undefined) return def;
  const n = MathTrunc(+value) || 0;
  if (n < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return n;
}

// The C++ StringWrite: buf.<enc>Write(string, offset, length).
function stringWrite(buf, ops, string, offset, length) {
  checkIsBuffer(buf);
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  const bytes = viewBytes(buf);
  const bufLength = bytes.length;
  offset = parseArrayIndex(offset, 0);
  if (offset > bufLength) {
    throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  }
  let maxLength = parseArrayIndex(length, bufLength - offset);
  maxLength = MathMin(bufLength - offset, maxLength);
  if (maxLength === 0) return 0;
  return ops.write(bytes, string, offset, maxLength);
}

// The C++ StringSlice: buf.<enc>Slice(start, end).
function stringSlice(buf, ops, start, end) {
  checkIsBuffer(buf);
  const bytes = viewBytes(buf);
  if (bytes.length === 0) return '';
  start = parseArrayIndex(start, 0);
  end = parseArrayIndex(end, bytes.length);
  if (end < start) end = start;
  if (end > bytes.length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return ops.slice(bytes, start, end);
}

for (const [name, ops] of [['ascii', encodingOps.ascii], ['base64', encodingOps.base64],
                          ['base64url', encodingOps.base64url], ['latin1', encodingOps.latin1],
                          ['hex', encodingOps.hex], ['ucs2', encodingOps.ucs2], ['utf8', encodingOps.utf8]]) {
  // Native methods in Node: no declared parameters.
  const slice = {
    [`${name}Slice`]() { return stringSlice(this, ops, arguments[0], arguments[1]); },
  }[`${name}Slice`];
  ObjectDefineProperty(Buffer.prototype, `${name}Slice`, { value: slice, writable: true, enumerable: false, configurable: true });
}
for (const [name, ops] of [['ascii', encodingOps.ascii], ['base64', encodingOps.base64],
                          ['base64url', encodingOps.base64url], ['latin1', encodingOps.latin1],
                          ['hex', encodingOps.hex], ['ucs2', encodingOps.ucs2], ['utf8', encodingOps.utf8]]) {
  const write = {
    [`${name}Write`]() { return stringWrite(this, ops, arguments[0], arguments[1], arguments[2]); },
  }[`${name}Write`];
  ObjectDefineProperty(Buffer.prototype, `${name}Write`, { value: write, writable: true, enumerable: false, configurable: true });
}

Buffer.prototype.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  // Math.trunc keeps offsets beyond the int32 range intact.
  offset = MathTrunc(offset);
  if (offset === 0 || NumberIsNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

Buffer.prototype.subarray = function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
};

Buffer.prototype.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

Buffer.prototype.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
};

Buffer.prototype.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
};

Buffer.prototype.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
};

Buffer.prototype.toLocaleString = Buffer.prototype.toString;

// ---------------------------------------------------------------------------
// Numeric reads and writes
// ---------------------------------------------------------------------------
function boundsError(value, length, type) {
  if (MathFloor(value) !== value) {
    validateNumber(value, type);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Validates a read/write of `n` bytes at `offset`.
function checkBounds(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
}

function checkInt(value, min, max, buf, offset, n) {
  if (value > max || value < min) {
    const s = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (n > 4) {
      if (min === 0 || min === 0n) {
        range = `>= 0${s} and < 2${s} ** ${n * 8}${s}`;
      } else {
        range = `>= -(2${s} ** ${n * 8 - 1}${s}) and < 2${s} ** ${n * 8 - 1}${s}`;
      }
    } else {
      range = `>= ${min}${s} and <= ${max}${s}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, n);
}

// Unsigned little/big-endian integer of n <= 6 bytes (bounds already checked).
function getUInt(buf, offset, n, le) {
  let val = 0;
  if (le) {
    for (let i = n - 1; i >= 0; i--) val = val * 256 + buf[offset + i];
  } else {
    for (let i = 0; i < n; i++) val = val * 256 + buf[offset + i];
  }
  return val;
}

function readUIntN(buf, offset, n, le) {
  checkBounds(buf, offset, n);
  return getUInt(buf, offset, n, le);
}

function readIntN(buf, offset, n, le) {
  checkBounds(buf, offset, n);
  const val = getUInt(buf, offset, n, le);
  const limit = 2 ** (8 * n - 1);
  return val >= limit ? val - limit * 2 : val;
}

// Stores value's low n bytes the way Node's writers do (>>> 8 steps for the low 32 bits,
// floor(value / 2**32) for the rest).
function setInt(buf, value, offset, n, le) {
  const bytes = [];
  let v = value;
  const low = n > 4 ? 4 : n;
  for (let i = 0; i < low; i++) {
    bytes.push(v);
    v = v >>> 8;
  }
  if (n > 4) {
    const hi = MathFloor(value * 2 ** -32);
    bytes.push(hi);
    if (n > 5) bytes.push(hi >>> 8);
  }
  for (let i = 0; i < n; i++) buf[le ? offset + i : offset + n - 1 - i] = bytes[i];
  return offset + n;
}

function writeU_Int8(buf, value, offset, min, max) {
  value = +value;
  validateNumber(offset, 'offset');
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function writeIntN(buf, value, offset, n, le, min, max) {
  if (n === 1) return writeU_Int8(buf, value, offset, min, max);
  value = +value;
  checkInt(value, min, max, buf, offset, n);
  return setInt(buf, value, offset, n, le);
}

const UINT_MAX = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const INT_MIN = [0, -0x80, -0x8000, -0x800000, -0x80000000, -0x8000000000, -0x800000000000];
const INT_MAX = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function readUInt8(offset = 0) { return readUIntN(this, offset, 1, true); }
function readUInt16LE(offset = 0) { return readUIntN(this, offset, 2, true); }
function readUInt16BE(offset = 0) { return readUIntN(this, offset, 2, false); }
function readUInt32LE(offset = 0) { return readUIntN(this, offset, 4, true); }
function readUInt32BE(offset = 0) { return readUIntN(this, offset, 4, false); }
function readInt8(offset = 0) { return readIntN(this, offset, 1, true); }
function readInt16LE(offset = 0) { return readIntN(this, offset, 2, true); }
function readInt16BE(offset = 0) { return readIntN(this, offset, 2, false); }
function readInt32LE(offset = 0) { return readIntN(this, offset, 4, true); }
function readInt32BE(offset = 0) { return readIntN(this, offset, 4, false); }

function variableLength(buf, offset, byteLength, fn) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
      byteLength === 4 || byteLength === 5 || byteLength === 6) {
    return fn(buf, offset, byteLength);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUIntLE(offset, byteLength) {
  return variableLength(this, offset, byteLength, (b, o, n) => readUIntN(b, o, n, true));
}
function readUIntBE(offset, byteLength) {
  return variableLength(this, offset, byteLength, (b, o, n) => readUIntN(b, o, n, false));
}
function readIntLE(offset, byteLength) {
  return variableLength(this, offset, byteLength, (b, o, n) => readIntN(b, o, n, true));
}
function readIntBE(offset, byteLength) {
  return variableLength(this, offset, byteLength, (b, o, n) => readIntN(b, o, n, false));
}

function writeUInt8(value, offset = 0) { return writeIntN(this, value, offset, 1, true, 0, 0xff); }
function writeUInt16LE(value, offset = 0) { return writeIntN(this, value, offset, 2, true, 0, 0xffff); }
function writeUInt16BE(value, offset = 0) { return writeIntN(this, value, offset, 2, false, 0, 0xffff); }
function writeUInt32LE(value, offset = 0) { return writeIntN(this, value, offset, 4, true, 0, 0xffffffff); }
function writeUInt32BE(value, offset = 0) { return writeIntN(this, value, offset, 4, false, 0, 0xffffffff); }
function writeInt8(value, offset = 0) { return writeIntN(this, value, offset, 1, true, -0x80, 0x7f); }
function writeInt16LE(value, offset = 0) { return writeIntN(this, value, offset, 2, true, -0x8000, 0x7fff); }
function writeInt16BE(value, offset = 0) { return writeIntN(this, value, offset, 2, false, -0x8000, 0x7fff); }
function writeInt32LE(value, offset = 0) {
  return writeIntN(this, value, offset, 4, true, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return writeIntN(this, value, offset, 4, false, -0x80000000, 0x7fffffff);
}

function writeVariable(buf, value, offset, byteLength, le, signed) {
  if (byteLength === 1 || byteLength === 2 || byteLength === 3 ||
      byteLength === 4 || byteLength === 5 || byteLength === 6) {
    return writeIntN(buf, value, offset, byteLength, le,
                     signed ? INT_MIN[byteLength] : 0, signed ? INT_MAX[byteLength] : UINT_MAX[byteLength]);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function writeUIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, false); }
function writeUIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, false); }
function writeIntLE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, true, true); }
function writeIntBE(value, offset, byteLength) { return writeVariable(this, value, offset, byteLength, false, true); }

// --- BigInt ---

function readBig64(buf, offset, le, signed) {
  checkBounds(buf, offset, 8);
  const a = getUInt(buf, le ? offset + 4 : offset, 4, le); // high half
  const b = getUInt(buf, le ? offset : offset + 4, 4, le); // low half
  const hi = signed && a >= 0x80000000 ? a - 0x100000000 : a;
  return (BigInt(hi) << 32n) + BigInt(b);
}

function readBigUInt64LE(offset = 0) { return readBig64(this, offset, true, false); }
function readBigUInt64BE(offset = 0) { return readBig64(this, offset, false, false); }
function readBigInt64LE(offset = 0) { return readBig64(this, offset, true, true); }
function readBigInt64BE(offset = 0) { return readBig64(this, offset, false, true); }

function writeBig64(buf, value, offset, le, min, max) {
  checkInt(value, min, max, buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number(value >> 32n & 0xffffffffn);
  for (let i = 0; i < 4; i++) {
    buf[le ? offset + i : offset + 7 - i] = (lo >>> (8 * i)) & 0xff;
    buf[le ? offset + 4 + i : offset + 3 - i] = (hi >>> (8 * i)) & 0xff;
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, true, 0n, 0xffffffffffffffffn);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, false, 0n, 0xffffffffffffffffn);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, true, -(2n ** 63n), 2n ** 63n - 1n);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, false, -(2n ** 63n), 2n ** 63n - 1n);
}

// --- floating point ---

const floatView = new DataView(new ArrayBuffer(8));

function readFloatGeneric(buf, offset, size, le) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
  for (let i = 0; i < size; i++) floatView.setUint8(i, buf[offset + i]);
  return size === 4 ? floatView.getFloat32(0, le) : floatView.getFloat64(0, le);
}

function writeFloatGeneric(buf, val, offset, size, le) {
  val = +val;
  checkBounds(buf, offset, size);
  if (size === 4) floatView.setFloat32(0, val, le);
  else floatView.setFloat64(0, val, le);
  for (let i = 0; i < size; i++) buf[offset + i] = floatView.getUint8(i);
  return offset + size;
}

function readFloatForwards(offset = 0) { return readFloatGeneric(this, offset, 4, true); }
function readFloatBackwards(offset = 0) { return readFloatGeneric(this, offset, 4, false); }
function readDoubleForwards(offset = 0) { return readFloatGeneric(this, offset, 8, true); }
function readDoubleBackwards(offset = 0) { return readFloatGeneric(this, offset, 8, false); }
function writeFloatForwards(val, offset = 0) { return writeFloatGeneric(this, val, offset, 4, true); }
function writeFloatBackwards(val, offset = 0) { return writeFloatGeneric(this, val, offset, 4, false); }
function writeDoubleForwards(val, offset = 0) { return writeFloatGeneric(this, val, offset, 8, true); }
function writeDoubleBackwards(val, offset = 0) { return writeFloatGeneric(this, val, offset, 8, false); }

{
  const proto = Buffer.prototype;
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE, readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE, writeUint8: writeUInt8,
    writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE: readFloatForwards, readFloatBE: readFloatBackwards,
    readDoubleLE: readDoubleForwards, readDoubleBE: readDoubleBackwards,
    writeFloatLE: writeFloatForwards, writeFloatBE: writeFloatBackwards,
    writeDoubleLE: writeDoubleForwards, writeDoubleBE: writeDoubleBackwards,
  };
  for (const key of Object.keys(methods)) {
    ObjectDefineProperty(proto, key, { value: methods[key], writable: true, enumerable: false, configurable: true });
  }
}

// Node's prototype: every method enumerable, in this order (`parent` and `offset` are
// non-configurable accessors).
{
  const proto = Buffer.prototype;
  const order = (
    'readBigUInt64LE readBigUInt64BE readBigUint64LE readBigUint64BE readBigInt64LE readBigInt64BE ' +
    'writeBigUInt64LE writeBigUInt64BE writeBigUint64LE writeBigUint64BE writeBigInt64LE writeBigInt64BE ' +
    'readUIntLE readUInt32LE readUInt16LE readUInt8 readUIntBE readUInt32BE readUInt16BE ' +
    'readUintLE readUint32LE readUint16LE readUint8 readUintBE readUint32BE readUint16BE ' +
    'readIntLE readInt32LE readInt16LE readInt8 readIntBE readInt32BE readInt16BE ' +
    'writeUIntLE writeUInt32LE writeUInt16LE writeUInt8 writeUIntBE writeUInt32BE writeUInt16BE ' +
    'writeUintLE writeUint32LE writeUint16LE writeUint8 writeUintBE writeUint32BE writeUint16BE ' +
    'writeIntLE writeInt32LE writeInt16LE writeInt8 writeIntBE writeInt32BE writeInt16BE ' +
    'readFloatLE readFloatBE readDoubleLE readDoubleBE writeFloatLE writeFloatBE writeDoubleLE writeDoubleBE ' +
    'asciiSlice base64Slice base64urlSlice latin1Slice hexSlice ucs2Slice utf8Slice ' +
    'asciiWrite base64Write base64urlWrite latin1Write hexWrite ucs2Write utf8Write ' +
    'parent offset copy toString equals inspect compare indexOf lastIndexOf includes fill write toJSON ' +
    'subarray slice swap16 swap32 swap64 toLocaleString').split(' ');
  const descs = order.map((key) => Object.getOwnPropertyDescriptor(proto, key));
  for (const key of order) delete proto[key];
  for (let i = 0; i < order.length; i++) {
    const desc = descs[i];
    desc.enumerable = true;
    if (order[i] === 'parent' || order[i] === 'offset') desc.configurable = false;
    ObjectDefineProperty(proto, order[i], desc);
  }
}

// ---------------------------------------------------------------------------
// isUtf8 / isAscii
// ---------------------------------------------------------------------------
function bytesOfInput(input) {
  if (isTypedArray(input)) return viewBytes(input);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return isValidUtf8(bytesOfInput(input));
}

function isAscii(input) {
  const bytes = bytesOfInput(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------
module.exports = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa: globalThis.btoa,
  atob: globalThis.atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});
