// internal/webcrypto — the Web Crypto API node 20 exposes as `crypto.webcrypto` and as the global
// `crypto`: the `Crypto` object (getRandomValues, randomUUID, subtle) and `SubtleCrypto` with
// `digest`, which runs on the simulated libuv thread pool like node's HashJob. The other
// SubtleCrypto operations (keys, encryption, signatures) are not implemented.
'use strict';

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS } } = require('internal/errors');

const kConstruct = Symbol('kConstruct');

// node's WebIDL errors are plain TypeErrors with a code (internal/crypto/webidl).
function webidlError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// The digests WebCrypto knows, by their canonical names.
const DIGESTS = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

// node's normalizeAlgorithm(algorithm, 'digest'): a string is { name }; the name is matched
// without regard to case.
function normalizeDigest(algorithm) {
  const alg = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
  if (alg.name === undefined) {
    throw webidlError(
      "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.",
      'ERR_MISSING_OPTION');
  }
  const wanted = `${alg.name}`.toUpperCase();
  const name = Object.keys(DIGESTS).find((n) => n === wanted);
  if (name === undefined) {
    const { DOMException } = require('internal/web_globals');
    throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return { name };
}

// node's jobPromise around a thread-pool job: settles when the job's callback runs.
function jobPromise(kind, params) {
  return new Promise((resolve, reject) => {
    binding.poolSubmit(kind, params, (err, bytes) => {
      if (err !== undefined && err !== null) return reject(err);
      resolve(bytes.buffer);
    }, process.env.UV_THREADPOOL_SIZE);
  });
}

async function asyncDigest(algorithm, data) {
  return jobPromise('digest', { digest: DIGESTS[algorithm.name], data });
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

// Defined as a function, not a method, so that it reads `async function digest(...)` as in node.
async function digest(algorithm, data) {
  if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
  const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
  if (arguments.length < 2) {
    throw webidlError(`${prefix}: 2 arguments required, but only ${arguments.length} present.`,
      'ERR_MISSING_ARGS');
  }
  // WebIDL's AlgorithmIdentifier: an object, or else a DOMString.
  if ((typeof algorithm !== 'object' && typeof algorithm !== 'function') || algorithm === null) {
    algorithm = `${algorithm}`;
  }
  // WebIDL's BufferSource.
  if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) {
    throw webidlError(
      `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
      'ERR_INVALID_ARG_TYPE');
  }
  algorithm = normalizeDigest(algorithm);
  return asyncDigest(algorithm, data);
}
Object.defineProperty(SubtleCrypto.prototype, 'digest', {
  value: digest, writable: true, enumerable: true, configurable: true,
});
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return require('crypto').getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return require('crypto').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const subtle = new SubtleCrypto(kConstruct);
const crypto = new Crypto(kConstruct);

module.exports = { Crypto, SubtleCrypto, crypto, subtle };
