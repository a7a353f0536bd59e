// internal/web_globals — the web-platform globals that are classes or functions of their own:
// TextEncoder/TextDecoder, structuredClone, URL/URLSearchParams, DOMException, atob/btoa.
// internal/globals installs them on globalThis as accessors that load this module on first use.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// --- TextEncoder / TextDecoder (UTF-8) ------------------------------------------------------
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kFlags = Symbol('flags');
const kHandle = Symbol('handle');
class Converter {}
// node's instances carry enumerable symbol fields, so beyond the depth limit they print as
// [Name] (ours keep private fields, which inspect does not count).
function tooDeep(obj, opts) {
  const name = `[${(ctorOf(obj) || { name: 'Object' }).name}]`;
  return opts && typeof opts.stylize === 'function' ? opts.stylize(name, 'special') : name;
}
function lazyInspect(v, opts) { return require('internal/inspect').inspect(v, opts); }
function ctorOf(obj) {
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d && typeof d.value === 'function' && d.value.name !== '') return d.value;
  }
  return null;
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    const s = `${input}`;
    const out = [];
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; } else { c = 0xfffd; }
      } else if (c >= 0xd800 && c <= 0xdfff) {
        c = 0xfffd;
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }
  encodeInto(src, dest) {
    const bytes = this.encode(src);
    // Only whole characters are written.
    let written = 0;
    let read = 0;
    const s = `${src}`;
    for (const ch of s) {
      const b = this.encode(ch);
      if (written + b.length > dest.length) break;
      dest.set(b, written);
      written += b.length;
      read += ch.length;
    }
    void bytes;
    return { read, written };
  }
  get [Symbol.toStringTag]() { return 'TextEncoder'; }
  // node inspects a plain { encoding } whose prototype's constructor fails instanceof, so no name.
  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return tooDeep(this, opts);
    const obj = { __proto__: { constructor: ctorOf(this) || TextEncoder } };
    obj.encoding = this.encoding;
    return lazyInspect(obj, opts);
  }
}


class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = [];
  #bomSeen = false;
  constructor(encoding = 'utf-8', options = {}) {
    const enc = `${encoding}`.trim().toLowerCase();
    if (enc === 'utf-8' || enc === 'utf8' || enc === 'unicode-1-1-utf-8') this.#encoding = 'utf-8';
    else if (enc === 'latin1' || enc === 'iso-8859-1' || enc === 'ascii' || enc === 'us-ascii' || enc === 'windows-1252') this.#encoding = 'windows-1252';
    else if (enc === 'utf-16le' || enc === 'utf-16') this.#encoding = 'utf-16le';
    else {
      const err = new RangeError(`The "${encoding}" encoding is not supported`);
      err.code = 'ERR_ENCODING_NOT_SUPPORTED';
      throw err;
    }
    this.#fatal = !!(options && options.fatal);
    this.#ignoreBOM = !!(options && options.ignoreBOM);
  }
  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input, options = {}) {
    let bytes;
    if (input === undefined) bytes = new Uint8Array(0);
    else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    const stream = !!(options && options.stream);
    if (this.#pending.length) {
      const merged = new Uint8Array(this.#pending.length + bytes.length);
      merged.set(this.#pending, 0);
      merged.set(bytes, this.#pending.length);
      bytes = merged;
      this.#pending = [];
    }
    if (this.#encoding === 'windows-1252') {
      let s = '';
      for (const b of bytes) s += String.fromCharCode(b);
      return s;
    }
    if (this.#encoding === 'utf-16le') {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    // UTF-8: hold back an incomplete trailing sequence while streaming, then decode with
    // Buffer's decoder (WHATWG replacement rules, like V8's).
    let end = bytes.length;
    if (stream) {
      let k = end - 1;
      let cont = 0;
      while (k >= 0 && cont < 3 && (bytes[k] & 0xc0) === 0x80) { k--; cont++; }
      if (k >= 0) {
        const lead = bytes[k];
        const need = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 1;
        if (need > end - k) {
          this.#pending = Array.from(bytes.subarray(k));
          end = k;
        }
      }
    }
    let start = 0;
    if (!this.#ignoreBOM && !this.#bomSeen && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    if (end > 0) this.#bomSeen = true;
    if (!stream) this.#bomSeen = false;
    const { Buffer, isUtf8 } = require('buffer');
    const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start));
    if (this.#fatal && !isUtf8(view)) {
      this.#pending = [];
      const err = new TypeError('The encoded data was not valid for encoding utf-8');
      err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
      throw err;
    }
    return view.toString('utf8');
  }
  get [Symbol.toStringTag]() { return 'TextDecoder'; }
  // node: the constructor's name, then a plain inspect (default options) of the fields.
  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return tooDeep(this, opts);
    const constructor = ctorOf(this) || TextDecoder;
    const obj = Object.create({ constructor });
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    if (opts && opts.showHidden) {
      obj[kFlags] = (this.fatal ? 2 : 0) | (this.ignoreBOM ? 4 : 0);
      obj[kHandle] = this.encoding === 'utf-16le' ? new Converter() : undefined;
    }
    return `${constructor.name} ${lazyInspect(obj)}`;
  }
}

// --- structuredClone ------------------------------------------------------------------------
// The structured-clone algorithm is the one worker_threads messages use: serialize, then
// rebuild (internal/worker_serialize).
function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new TypeError("Failed to execute 'structuredClone' on 'Window': 1 argument required, but only 0 present.");
  }
  const { serializeTransfer, deserialize } = require('internal/worker_serialize');
  const transfer = options !== undefined && options !== null ? options.transfer : undefined;
  return deserialize(serializeTransfer(value, transfer).wire);
}

// --- URLSearchParams / URL -------------------------------------------------------------------
// The WHATWG URL Standard lives in internal/url, loaded the first time one of them is read.

// --- DOMException, atob / btoa -----------------------------------------------------------------
// Legacy code n (1-based) of each name, with its constant on DOMException.
const kDomCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'],
  ['NetworkError', 'NETWORK_ERR'], ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'], ['TimeoutError', 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];
const kDomInternals = new WeakMap();
// The web's DOMException as node shapes it: name and message from the constructor, the legacy
// numeric code looked up from the name (0 for other names), Error.prototype underneath.
class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(`${message}`);
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = options.name;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, configurable: true, writable: true, enumerable: false });
      }
    }
    kDomInternals.set(this, { name: `${name}` });
  }

  get name() { return kDomInternals.get(this).name; }

  get code() { return kDomCodes.findIndex(([n]) => n === kDomInternals.get(this).name) + 1; }
}
kDomCodes.forEach(([, key], i) => {
  Object.defineProperty(DOMException, key, { value: i + 1, enumerable: true });
  Object.defineProperty(DOMException.prototype, key, { value: i + 1, enumerable: true });
});
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const invalidCharacter = (message) => new DOMException(message, 'InvalidCharacterError');
const missingInput = () => {
  const e = new TypeError('The "input" argument must be specified');
  e.code = 'ERR_MISSING_ARGS';
  return e;
};
function btoa(input) {
  if (arguments.length === 0) throw missingInput();
  input = `${input}`;
  let out = '';
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) > 255) throw invalidCharacter('Invalid character');
  for (let i = 0; i < input.length; i += 3) {
    const codes = [input.charCodeAt(i), input.charCodeAt(i + 1), input.charCodeAt(i + 2)];
    const [a, b, c] = codes;
    const n = (a << 16) | ((b || 0) << 8) | (c || 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += Number.isNaN(b) ? '=' : B64[(n >> 6) & 63];
    out += Number.isNaN(c) ? '=' : B64[n & 63];
  }
  return out;
}
// node's forgiving-base64 checks: ASCII whitespace skipped, '=' only at the end (two at most,
// and only when the rest is a multiple of four), a remainder of one is "not correctly encoded".
function atob(input) {
  if (arguments.length === 0) throw missingInput();
  input = `${input}`;
  let count = 0;
  let equals = 0;
  for (let n = 0; n < input.length; n++) {
    const ch = input[n];
    if ('\t\n\f\r '.includes(ch)) continue;
    if (ch === '=') {
      count++;
      equals++;
      if (equals > 2) throw invalidCharacter('Invalid character');
    } else if (B64.includes(ch)) {
      count++;
      if (equals) throw invalidCharacter('Invalid character');
    } else {
      throw invalidCharacter('Invalid character');
    }
  }
  let reminder = count % 4;
  if (!reminder) reminder = (count - equals) % 4;
  else if (equals) throw invalidCharacter('Invalid character');
  if (reminder === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  input = input.replace(/[\t\n\f\r =]/g, '');
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const ch of input) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 255);
    }
  }
  return out;
}

module.exports = {
  TextEncoder, TextDecoder, structuredClone, DOMException, atob, btoa,
  get URL() { return require('internal/url').URL; },
  get URLSearchParams() { return require('internal/url').URLSearchParams; },
};
