// string_decoder — Node's StringDecoder: turns a stream of byte chunks into strings without
// splitting multi-byte characters.  The state lives in a 7-byte Buffer laid out like Node's
// native decoder (bytes 0-3 incomplete character, 4 missing bytes, 5 buffered bytes,
// 6 encoding), so `lastChar`, `lastNeed`, `lastTotal` and inspect output match Node 20.
//
// Loaded by the runtime as a CommonJS-style body:
//   (function (exports, require, module, binding) { <this file> })
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) {
    let mod;
    try {
      mod = require('buffer');
    } catch {
      mod = undefined;
    }
    BufferCtor = (mod && mod.Buffer) || globalThis.Buffer;
  }
  return BufferCtor;
}
// Capture Buffer.isEncoding as loaded, to tell when user code replaced it.
const originalIsEncoding = getBuffer() ? getBuffer().isEncoding : undefined;

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

const kNativeDecoder = Symbol('kNativeDecoder');

// Encoding ids as numbered by Node's native layer.
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;
const encodingsMap = { ascii: ASCII, utf8: UTF8, base64: BASE64, utf16le: UCS2, latin1: LATIN1, hex: HEX, buffer: 6, base64url: BASE64URL };
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];

const { normalizeEncoding: internalNormalizeEncoding } = require('internal/encoding');

// Do not cache `Buffer.isEncoding` when checking encoding names as some
// modules monkey-patch it to support additional encodings.
function normalizeEncoding(enc) {
  const nenc = internalNormalizeEncoding(enc);
  if (nenc === undefined) {
    const Buffer = getBuffer();
    if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return nenc;
}

// bytes[start, end) as a string in encoding `enc` (a native id).
function makeString(bytes, start, end, enc) {
  if (end <= start) return '';
  const Buffer = getBuffer();
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
  const name = encodingNames[enc];
  return view.toString(name === undefined || name === 'buffer' ? 'utf8' : name);
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// The native DecodeData(): state is the 7-byte state buffer, data a Uint8Array.
function decodeData(state, data) {
  const enc = state[kEncodingField];
  let nread = data.length;
  let pos = 0;
  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) {
    return makeString(data, 0, nread, enc);
  }

  let prepend = null;
  let body;

  // Finish a character left over from the previous chunk first.
  if (state[kMissingBytes] > 0) {
    if (enc === UTF8) {
      // A byte that cannot continue the character ends it early; what was collected is
      // decoded (to U+FFFD) and the new byte starts afresh.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let k = 0; k < i; k++) state[state[kBufferedBytes] + k] = data[k];
          state[kBufferedBytes] += i;
          pos += i;
          nread -= i;
          break;
        }
      }
    }

    const found = Math.min(nread, state[kMissingBytes]);
    for (let k = 0; k < found; k++) state[state[kBufferedBytes] + k] = data[pos + k];
    pos += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;

    if (state[kMissingBytes] === 0) {
      // The character is complete (or abandoned): decode it on its own.
      prepend = makeString(state, kIncompleteCharactersStart, state[kBufferedBytes], enc);
      state[kBufferedBytes] = 0;
    }
  }

  if (nread === 0) {
    // Everything in this chunk went into finishing the previous character.
    body = prepend !== null ? prepend : '';
    prepend = null;
  } else {
    // Keep back an incomplete character at the end of the chunk.
    if (enc === UTF8 && (data[pos + nread - 1] & 0x80)) {
      for (let i = nread - 1; ; --i) {
        state[kBufferedBytes]++;
        const b = data[pos + i];
        if ((b & 0xC0) === 0x80) {
          // A continuation byte; give up after 4 or at the start of the chunk.
          if (state[kBufferedBytes] >= 4 || i === 0) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          // A lead byte tells how long the character should be.
          if ((b & 0xE0) === 0xC0) {
            state[kMissingBytes] = 2;
          } else if ((b & 0xF0) === 0xE0) {
            state[kMissingBytes] = 3;
          } else if ((b & 0xF8) === 0xF0) {
            state[kMissingBytes] = 4;
          } else {
            // Not a valid lead byte at all.
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            // Complete (or over-long and invalid anyway): nothing to keep back.
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (enc === UCS2) {
      if ((nread % 2) === 1) {
        // Half a code unit.
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((data[pos + nread - 1] & 0xFC) === 0xD8) {
        // The first half of a surrogate pair.
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (enc === BASE64 || enc === BASE64URL) {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
    }

    const buffered = state[kBufferedBytes];
    if (buffered > 0) {
      nread -= buffered;
      for (let k = 0; k < buffered; k++) state[kIncompleteCharactersStart + k] = data[pos + nread + k];
    }

    body = nread > 0 ? makeString(data, pos, pos + nread, enc) : '';
  }

  return prepend === null ? body : prepend + body;
}

// The native FlushData().
function flushData(state) {
  const enc = state[kEncodingField];
  if (enc === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, kIncompleteCharactersStart, state[kBufferedBytes], enc);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

/**
 * StringDecoder provides an interface for efficiently splitting a series of
 * buffers into a series of JS strings without breaking apart multi-byte
 * characters.
 * @param {string} [encoding=utf-8]
 */
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = getBuffer().alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

/**
 * Returns a decoded string, omitting any incomplete multi-bytes
 * characters at the end of the Buffer, or TypedArray, or DataView
 * @param {string | Buffer | TypedArray | DataView} buf
 * @returns {string}
 */
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeData(this[kNativeDecoder], viewBytes(buf));
};

/**
 * Returns any remaining input stored in the internal buffer as a string.
 * After end() is called, the stringDecoder object can be reused for new
 * input.
 * @param {string | Buffer | TypedArray | DataView} [buf]
 * @returns {string}
 */
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flushData(this[kNativeDecoder]);
  return ret;
};

/* Everything below this line is undocumented legacy stuff. */
/**
 * @param {string | Buffer | TypedArray | DataView} buf
 * @param {number} offset
 * @returns {string}
 */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = {
  StringDecoder,
};
