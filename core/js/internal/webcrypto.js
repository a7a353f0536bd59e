// internal/webcrypto — the Web Crypto API node 20 exposes as `crypto.webcrypto` and as the global
// `crypto`: the `Crypto` object (getRandomValues, randomUUID, subtle) and `SubtleCrypto` with
// `digest`, which runs on the simulated libuv thread pool like node's HashJob. The other
// SubtleCrypto operations (keys, encryption, signatures) are not implemented.
'use strict';

const kConstruct = Symbol('kConstruct');

function codedError(Base, code, message) {
  return require('crypto')[Symbol.for('loopscope.crypto.codedError')](Base, code, message);
}

function illegalConstructor() {
  return codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// The digests WebCrypto knows, by their canonical names.
const DIGESTS = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

// node's normalizeAlgorithm(algorithm, 'digest'): a string is { name }; the name is matched
// without regard to case.
function normalizeDigest(algorithm) {
  const alg = typeof algorithm === 'string' ? { name: algorithm } : algorithm;
  if (alg.name === undefined) {
    throw codedError(TypeError, 'ERR_MISSING_OPTION',
      "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'.");
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
    require('crypto')[Symbol.for('loopscope.crypto.submit')](kind, params, (err, bytes) => {
      if (err !== undefined && err !== null) return reject(err);
      resolve(bytes.buffer);
    });
  });
}

async function asyncDigest(algorithm, data) {
  return jobPromise('digest', { digest: DIGESTS[algorithm.name], data });
}

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw illegalConstructor();
  }
}

// Defined as a function, not a method, so that it reads `async function digest(...)` as in node.
async function digest(algorithm, data) {
  if (this !== subtle) throw invalidThis('SubtleCrypto');
  const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
  if (arguments.length < 2) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS',
      `${prefix}: 2 arguments required, but only ${arguments.length} present.`);
  }
  // WebIDL's AlgorithmIdentifier: an object, or else a DOMString.
  if ((typeof algorithm !== 'object' && typeof algorithm !== 'function') || algorithm === null) {
    algorithm = `${algorithm}`;
  }
  // WebIDL's BufferSource.
  if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
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
    if (key !== kConstruct) throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw invalidThis('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw invalidThis('Crypto');
    return require('crypto').getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw invalidThis('Crypto');
    return require('crypto').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const subtle = new SubtleCrypto(kConstruct);
const crypto = new Crypto(kConstruct);

module.exports = { Crypto, SubtleCrypto, crypto, subtle };
