// crypto — hashing, HMAC, pbkdf2/scrypt/hkdf and random bytes (Node 20 API), and webcrypto
// (internal/webcrypto). The algorithms are real (RustCrypto in core/src/work.rs); the async forms
// run on the simulated libuv thread pool (binding.poolSubmit) and complete in the poll phase,
// like Node's.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  validateFunction,
  validateString,
  validateObject,
  validateInteger,
  validateUint32,
} = require('internal/errors');

const kMaxLength = 2 ** 32;
// node's kMaxPossibleLength for random bytes: min(buffer.kMaxLength, int32 max).
const kMaxPossibleLength = Math.min(kMaxLength, 2 ** 31 - 1);
const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const ALIASES = {
  'rsa-md5': 'md5', 'rsa-sha1': 'sha1', 'sha-1': 'sha1', 'rsa-sha224': 'sha224', 'sha-224': 'sha224',
  'rsa-sha256': 'sha256', 'sha-256': 'sha256', 'rsa-sha384': 'sha384', 'sha-384': 'sha384',
  'rsa-sha512': 'sha512', 'sha-512': 'sha512',
};

function normalizeAlgorithm(name) {
  const lower = `${name}`.toLowerCase();
  if (HASHES.includes(lower)) return lower;
  return ALIASES[lower];
}

// node's validateEncoding: hex input must have an even length.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

function codedError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  const name = Base.prototype.name;
  Object.defineProperty(err, 'name', { value: `${name} [${code}]`, writable: true, enumerable: false, configurable: true });
  void err.stack;
  Object.defineProperty(err, 'name', { value: name, writable: true, enumerable: false, configurable: true });
  return err;
}

function isBinaryLike(v) {
  return v instanceof ArrayBuffer || ArrayBuffer.isView(v);
}

function toBuffer(value, name, encoding) {
  if (typeof value === 'string') return Buffer.from(value, encoding === 'buffer' ? 'utf8' : encoding);
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

function fromBytes(u8) {
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function encodeOutput(buf, encoding) {
  if (encoding === undefined || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// --- Hash / Hmac ------------------------------------------------------------------------------
const kState = Symbol('kState');

class Hash {
  constructor(algorithm, options) {
    if (!(this instanceof Hash)) return new Hash(algorithm, options);
    validateString(algorithm, 'algorithm');
    const alg = normalizeAlgorithm(algorithm);
    if (alg === undefined) throw new Error('Digest method not supported');
    // The digest state lives natively (binding.hash*): chunks are hashed as they arrive.
    this[kState] = { alg, id: binding.hashNew(alg), finalized: false };
  }

  update(data, inputEncoding) {
    const state = this[kState];
    if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    if (typeof data !== 'string' && !isBinaryLike(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (typeof data === 'string') validateEncoding(data, inputEncoding);
    binding.hashUpdate(state.id, typeof data === 'string' ? toBuffer(data, 'data', inputEncoding || 'utf8') : data);
    return this;
  }

  digest(outputEncoding) {
    const state = this[kState];
    if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    state.finalized = true;
    const out = fromBytes(binding.hashDigest(state.id));
    return encodeOutput(out, outputEncoding);
  }

  copy() {
    const state = this[kState];
    if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    const h = Object.create(Hash.prototype);
    h[kState] = { alg: state.alg, id: binding.hashCopy(state.id), finalized: false };
    return h;
  }
}

class Hmac {
  constructor(hmac, key, options) {
    if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
    validateString(hmac, 'hmac');
    const alg = normalizeAlgorithm(hmac);
    if (alg === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
    const encoding = options && options.encoding;
    if (key !== null && typeof key === 'object' && !isBinaryLike(key) && key.type === 'secret' && typeof key.export === 'function') {
      key = key.export();
    }
    if (typeof key !== 'string' && !isBinaryLike(key)) {
      throw new ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey'], key);
    }
    this[kState] = { alg, id: binding.hmacNew(alg, toBuffer(key, 'key', encoding || 'utf8')), finalized: false };
  }

  update(data, inputEncoding) {
    const state = this[kState];
    if (state.finalized) throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
    if (typeof data !== 'string' && !isBinaryLike(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    if (typeof data === 'string') validateEncoding(data, inputEncoding);
    binding.hashUpdate(state.id, typeof data === 'string' ? toBuffer(data, 'data', inputEncoding || 'utf8') : data);
    return this;
  }

  digest(outputEncoding) {
    const state = this[kState];
    if (state.finalized) {
      // Node returns an empty result for a second digest() on an Hmac.
      return encodeOutput(Buffer.alloc(0), outputEncoding);
    }
    state.finalized = true;
    return encodeOutput(fromBytes(binding.hashDigest(state.id)), outputEncoding);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (normalizeAlgorithm(algorithm) === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return createHash(algorithm).update(data).digest(outputEncoding);
}

function getHashes() {
  return [...HASHES, ...Object.keys(ALIASES)].sort();
}

// --- thread-pool work ---------------------------------------------------------------------------
function submit(kind, params, callback) {
  binding.poolSubmit(kind, params, callback, process.env.UV_THREADPOOL_SIZE);
}

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = toBuffer(password, 'password');
  salt = toBuffer(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  const alg = normalizeAlgorithm(digest);
  if (alg === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return { password, salt, iterations, keylen, digest: alg };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const params = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  submit('pbkdf2', params, (err, bytes) => {
    if (err) return callback(err);
    callback(null, fromBytes(bytes));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const params = checkPbkdf2(password, salt, iterations, keylen, digest);
  return fromBytes(binding.workSync('pbkdf2', params));
}

// node's hkdf: validateParameters (digest, key, salt, info, length, info's size), then the
// callback, then what the job's constructor checks (the digest, the length against 255 digests).
const HASH_SIZES = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

function byteSource(value, name, types) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (isBinaryLike(value)) return viewOf(value, name);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

function validateHkdf(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = byteSource(key, 'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer']);
  const sourceTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];
  salt = byteSource(salt, 'salt', sourceTypes);
  info = byteSource(info, 'info', sourceTypes);
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return { digest, key, salt, info, keylen: length };
}

function hkdfJob(params) {
  const alg = normalizeAlgorithm(params.digest);
  if (alg === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${params.digest}`);
  if (params.keylen > 255 * HASH_SIZES[alg]) throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return { ...params, digest: alg };
}

function hkdf(digest, key, salt, info, length, callback) {
  const params = validateHkdf(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  submit('hkdf', hkdfJob(params), (err, bytes) => {
    if (err) return callback(err);
    callback(null, bytes.buffer);
  });
}

function hkdfSync(digest, key, salt, info, length) {
  return binding.workSync('hkdf', hkdfJob(validateHkdf(digest, key, salt, info, length))).buffer;
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// node's scrypt check(): option aliases (N/cost, r/blockSize, p/parallelization), uint32 and
// maxmem validation, 0 meaning the default; then OpenSSL's parameter and memory-limit checks.
function checkScrypt(password, salt, keylen, options) {
  password = toBuffer(password, 'password');
  salt = toBuffer(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    // Each parameter has a long alias; giving both is an error.
    const pick = (key, alias, current) => {
      let value = current;
      if (options[key] !== undefined) {
        value = options[key];
        validateUint32(value, key);
      }
      if (options[alias] !== undefined) {
        if (options[key] !== undefined) throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
        value = options[alias];
        validateUint32(value, alias);
      }
      return value;
    };
    N = pick('N', 'cost', N);
    r = pick('r', 'blockSize', r);
    p = pick('p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  if (N < 2 || (N & (N - 1)) !== 0 || p > (2 ** 30 - 1) / r) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  // OpenSSL's EVP_PBE_scrypt memory use: B (128·r·p) plus V (128·r·(N+2)).
  if (128 * r * p + 128 * r * (N + 2) > maxmem) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return { password, salt, keylen, N, r, p };
}

function scrypt(password, salt, keylen, options, callback = options) {
  if (callback === options) options = scryptDefaults;
  const params = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  submit('scrypt', params, (err, bytes) => {
    if (err) return callback(err);
    callback(null, fromBytes(bytes));
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  return fromBytes(binding.workSync('scrypt', checkScrypt(password, salt, keylen, options)));
}

function checkSize(size, name = 'size') {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', size);
  if (Number.isNaN(size) || size < 0 || size > kMaxPossibleLength) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  return Math.floor(size);
}

// node's assertOffset / assertSize for randomFill(Sync), in bytes.
function assertOffset(offset, elementSize, length) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function randomBytes(size, callback) {
  size = checkSize(size);
  if (callback === undefined) return fromBytes(binding.randomBytesSync(size));
  validateFunction(callback, 'callback');
  submit('randomBytes', { size }, (err, bytes) => {
    if (err) return callback(err);
    callback(null, fromBytes(bytes));
  });
}

function viewOf(buf, name) {
  if (!isBinaryLike(buf)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  return buf instanceof ArrayBuffer ? new Uint8Array(buf) :
    new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function randomFillSync(buf, offset = 0, size) {
  const view = viewOf(buf, 'buf');
  const elem = ArrayBuffer.isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  offset = assertOffset(offset, elem, view.length);
  size = size === undefined ? view.length - offset : assertSize(size, elem, offset, view.length);
  view.set(binding.randomBytesSync(size), offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const view = viewOf(buf, 'buf');
  const elem = ArrayBuffer.isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = view.length;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elem, view.length);
    size = view.length - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elem, view.length);
    size = size === undefined ? view.length - offset : assertSize(size, elem, offset, view.length);
  }
  validateFunction(callback, 'callback');
  submit('randomBytes', { size }, (err, bytes) => {
    if (err) return callback(err);
    view.set(bytes, offset);
    callback(null, buf);
  });
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const b = binding.randomBytesSync(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) { callback = max; max = min; min = 0; }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= 2 ** 48 - 1)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${2 ** 48 - 1}`, range);
  }
  const b = binding.randomBytesSync(6);
  let x = 0;
  for (let i = 0; i < 6; i++) x = x * 256 + b[i];
  const n = min + (x % range);
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

function getRandomValues(data) {
  if (!ArrayBuffer.isView(data) || data instanceof DataView || data instanceof Float32Array || data instanceof Float64Array) {
    const err = new TypeError("The data argument must be an integer-type TypedArray");
    err.name = 'TypeMismatchError';
    err.code = 17;
    throw err;
  }
  if (data.byteLength > 65536) {
    const err = new Error('The requested length exceeds 65,536 bytes');
    err.name = 'QuotaExceededError';
    err.code = 22;
    throw err;
  }
  return randomFillSync(data);
}

function timingSafeEqual(a, b) {
  // node checks these in C++, so its messages have no "Received …" part.
  const notBuffer = (name) => codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
  if (!isBinaryLike(a)) throw notBuffer('buf1');
  if (!isBinaryLike(b)) throw notBuffer('buf2');
  const x = viewOf(a, 'buf1');
  const y = viewOf(b, 'buf2');
  if (x.length !== y.length) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

module.exports = {
  createHash, createHmac, hash, getHashes, Hash, Hmac,
  pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync,
  randomBytes, randomFill, randomFillSync, randomUUID, randomInt, getRandomValues,
  pseudoRandomBytes: randomBytes, prng: randomBytes, rng: randomBytes,
  timingSafeEqual,
  constants: {},
};
// Loaded on first use, as in node.
for (const name of ['webcrypto', 'subtle']) {
  Object.defineProperty(module.exports, name, {
    get: { [`get ${name}`]() { return require('internal/webcrypto')[name === 'webcrypto' ? 'crypto' : name]; } }[`get ${name}`],
    enumerable: true, configurable: true,
  });
}
