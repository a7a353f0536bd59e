// util — owns the `util` module: promisify/callbackify/inherits/deprecate/
// debuglog, util.types (via binding.internalType), isDeepStrictEqual, legacy
// is* helpers, TextEncoder/TextDecoder (globals if the host provides them,
// otherwise a built-in UTF-8 / UTF-16LE / windows-1252 implementation),
// toUSVString, stripVTControlCharacters, styleText, getSystemErrorName/Map.
// inspect/format/formatWithOptions are re-exported from internal/inspect.
//
// Not provided: parseArgs, parseEnv, MIMEType/MIMEParams,
// transferableAbortSignal/Controller, _errnoException/_exceptionWithHostPort.
'use strict';

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_THIS,
  },
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/errors');
const { isDeepStrictEqual } = require('internal/comparisons');

const { inspect, format, formatWithOptions } = require('internal/inspect');

const kAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowArray |
  kValidateObjectAllowFunction;
const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---------------------------------------------------------------------------
// util.types
// ---------------------------------------------------------------------------
function internalType(v) {
  return binding.internalType(v);
}
function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}
function hasType(v, type) {
  return isObjectLike(v) && internalType(v) === type;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
function typedArrayName(v) {
  return typedArrayTag.call(v);
}
function typedArrayCheck(name) {
  return { [name]: (value) => typedArrayName(value) === name }[name];
}

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});
const FunctionToString = Function.prototype.toString;
// Bound functions inherit their target's [[Prototype]] but are not
// async/generator functions themselves.
function isNativeOrBound(fn) {
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(FunctionToString.call(fn));
  } catch {
    return true;
  }
}

const types = {
  isExternal(value) {
    return false;
  },
  isDate(value) {
    return hasType(value, 'Date');
  },
  isArgumentsObject(value) {
    return hasType(value, 'Arguments');
  },
  isBigIntObject(value) {
    return hasType(value, 'BoxedBigInt');
  },
  isBooleanObject(value) {
    return hasType(value, 'BoxedBoolean');
  },
  isNumberObject(value) {
    return hasType(value, 'BoxedNumber');
  },
  isStringObject(value) {
    return hasType(value, 'BoxedString');
  },
  isSymbolObject(value) {
    return hasType(value, 'BoxedSymbol');
  },
  isNativeError(value) {
    return hasType(value, 'Error');
  },
  isRegExp(value) {
    return hasType(value, 'RegExp');
  },
  isAsyncFunction(value) {
    if (typeof value !== 'function') return false;
    const proto = Object.getPrototypeOf(value);
    return (proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype) &&
      !isNativeOrBound(value);
  },
  isGeneratorFunction(value) {
    if (typeof value !== 'function') return false;
    const proto = Object.getPrototypeOf(value);
    return (proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype) &&
      !isNativeOrBound(value);
  },
  isGeneratorObject(value) {
    if (!isObjectLike(value)) return false;
    const t = internalType(value);
    return t === 'Generator' || t === 'AsyncGenerator';
  },
  isPromise(value) {
    return hasType(value, 'Promise');
  },
  isMap(value) {
    return hasType(value, 'Map');
  },
  isSet(value) {
    return hasType(value, 'Set');
  },
  isMapIterator(value) {
    return hasType(value, 'MapIterator');
  },
  isSetIterator(value) {
    return hasType(value, 'SetIterator');
  },
  isWeakMap(value) {
    return hasType(value, 'WeakMap');
  },
  isWeakSet(value) {
    return hasType(value, 'WeakSet');
  },
  isArrayBuffer(value) {
    return hasType(value, 'ArrayBuffer');
  },
  isDataView(value) {
    return hasType(value, 'DataView');
  },
  isSharedArrayBuffer(value) {
    return hasType(value, 'SharedArrayBuffer');
  },
  isProxy(value) {
    return hasType(value, 'Proxy');
  },
  isModuleNamespaceObject(value) {
    return typeof value === 'object' && value !== null &&
      Object.getPrototypeOf(value) === null && !Object.isExtensible(value) &&
      value[Symbol.toStringTag] === 'Module' &&
      !Object.getOwnPropertyDescriptor(value, Symbol.toStringTag)?.configurable;
  },
  isAnyArrayBuffer(value) {
    if (!isObjectLike(value)) return false;
    const t = internalType(value);
    return t === 'ArrayBuffer' || t === 'SharedArrayBuffer';
  },
  isBoxedPrimitive(value) {
    if (!isObjectLike(value)) return false;
    switch (internalType(value)) {
      case 'BoxedNumber':
      case 'BoxedString':
      case 'BoxedBoolean':
      case 'BoxedBigInt':
      case 'BoxedSymbol':
        return true;
      default:
        return false;
    }
  },
  isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
  },
  isTypedArray(value) {
    return typedArrayName(value) !== undefined;
  },
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject(value) {
    return false;
  },
  isCryptoKey(value) {
    return false;
  },
};

// ---------------------------------------------------------------------------
// promisify / callbackify
// ---------------------------------------------------------------------------
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Registered (Symbol.for) so fs can name the results of its callbacks' extra arguments.
const kCustomPromisifyArgsSymbol = Symbol.for('customPromisifyArgs');

function copyDescriptorsOnto(target, source, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  if (adjust) adjust(descriptors);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  // Names to create an object from in case the callback receives multiple
  // arguments, e.g. ['bytesRead', 'buffer'] for fs.read.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));

  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });

  return copyDescriptorsOnto(fn, original);
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // `!reason` guard inspired by bluebird (Ref: https://goo.gl/t5IS6M).
  // Because `null` is a special error value in callbacks which means "no error
  // occurred", we error-wrap so the callback consumer can distinguish between
  // "the promise rejected with null" or "the promise fulfilled with undefined".
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  // We DO NOT return the promise as it gives the user a false sense that
  // the promise is actually somehow related to the callback's execution
  // and that the callback throwing will reject the promise.
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // In true node style we process the callback on `nextTick` with all the
    // implications (stack, `uncaughtException`, `async_hooks`)
    Reflect.apply(original, this, args)
      .then((ret) => process.nextTick(cb, null, ret),
            (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  return copyDescriptorsOnto(callbackified, original, (descriptors) => {
    if (typeof descriptors.length?.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name?.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

// ---------------------------------------------------------------------------
// inherits / deprecate / debuglog
// ---------------------------------------------------------------------------
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();

// Mark that a method should not be used.  Returns a wrapper that warns once
// (per deprecation code, or per wrapper when no code is given).
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // The wrapper keeps the same prototype as fn to maintain the prototype chain.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    // Ensures that calling the unwrapped constructor gives an instanceof the
    // wrapped constructor.
    deprecated.prototype = fn.prototype;
  }

  return deprecated;
}

let debugEnvRegex;
function debugSectionEnabled(set) {
  if (debugEnvRegex === undefined) {
    let env = '';
    try {
      env = (typeof process === 'object' && process.env && process.env.NODE_DEBUG) || '';
    } catch {
      env = '';
    }
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      debugEnvRegex = new RegExp(`^(${pattern})$`, 'i');
    } else {
      debugEnvRegex = null;
    }
  }
  return debugEnvRegex !== null && debugEnvRegex.test(set);
}

// Returns a logger that writes to stderr when NODE_DEBUG names `set`; a no-op
// (with .enabled === false) otherwise.
function debuglog(set, cb) {
  set = `${set}`.toUpperCase();
  let enabled;
  let impl;
  function init() {
    if (enabled !== undefined) return;
    enabled = debugSectionEnabled(set);
    if (enabled) {
      const pid = process.pid;
      impl = function debug(...args) {
        const msg = formatWithOptions({ colors: false }, ...args);
        const line = format('%s %s: %s\n', set, pid, msg);
        if (process.stderr && typeof process.stderr.write === 'function') process.stderr.write(line);
        else console.error(line.slice(0, -1));
      };
    } else {
      impl = function debug() {};
    }
    if (typeof cb === 'function') cb(impl);
  }
  const logger = (...args) => {
    init();
    switch (args.length) {
      case 1: return impl(args[0]);
      case 2: return impl(args[0], args[1]);
      default: return Reflect.apply(impl, undefined, args);
    }
  };
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------
function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < str.length) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          i++;
          continue;
        }
      }
      out += str.slice(last, i) + '\uFFFD';
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

// ANSI/VT escape sequences (CSI, OSC and friends), as recognised by Node.
const ansi = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansi, '');
}

function shouldColorize(stream) {
  const env = (typeof process === 'object' && process.env) || {};
  if (env.FORCE_COLOR !== undefined) {
    return env.FORCE_COLOR === '' || env.FORCE_COLOR === '1' || env.FORCE_COLOR === 'true' ||
      env.FORCE_COLOR === '2' || env.FORCE_COLOR === '3';
  }
  if (!stream || !stream.isTTY) return false;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') {
    return false;
  }
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream && !Array.isArray(format)) {
    if (stream === null || typeof stream !== 'object' ||
        (typeof stream.write !== 'function' && typeof stream.getWriter !== 'function' &&
         typeof stream.getReader !== 'function' && typeof stream.pipe !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  const colors = inspect.colors;
  let left = '';
  let right = '';
  for (const key of formats) {
    const codes = colors[key];
    if (codes == null) validateOneOf(key, 'format', Object.keys(colors));
    left += escapeStyleCode(codes[0]);
    right = `${escapeStyleCode(codes[1])}${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// ---------------------------------------------------------------------------
// Legacy helpers
// ---------------------------------------------------------------------------
function isBoolean(arg) {
  return typeof arg === 'boolean';
}
function isBuffer(arg) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(arg) : false;
}
function isNull(arg) {
  return arg === null;
}
function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}
function isNumber(arg) {
  return typeof arg === 'number';
}
function isString(arg) {
  return typeof arg === 'string';
}
function isSymbol(arg) {
  return typeof arg === 'symbol';
}
function isUndefined(arg) {
  return arg === undefined;
}
function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}
function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}
function isFunction(arg) {
  return typeof arg === 'function';
}
function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function _extend(target, source) {
  // Don't do anything if source isn't an object
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function pad(n) {
  return `${n}`.padStart(2, '0');
}
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function timestamp() {
  const d = new Date();
  const t = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${t}`;
}
// Log is just a thin wrapper to console.log that prepends a timestamp.
function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

// ---------------------------------------------------------------------------
// System errors (libuv errno table, Linux values)
// ---------------------------------------------------------------------------
const uvErrTable = [
  [-7, 'E2BIG', 'argument list too long'],
  [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'],
  [-22, 'EINVAL', 'invalid argument'],
  [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'],
  [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'],
  [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
  [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
];
let uvErrMap;
function getSystemErrorMap() {
  if (uvErrMap === undefined) {
    uvErrMap = new Map();
    for (const [errno, name, message] of uvErrTable) uvErrMap.set(errno, [name, message]);
  }
  return uvErrMap;
}
function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// ---------------------------------------------------------------------------
// aborted(signal, resource)
// ---------------------------------------------------------------------------
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kAllowObjectsAndNull);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { once: true });
  });
}

// ---------------------------------------------------------------------------
// TextEncoder / TextDecoder fallback (used when the host has no globals)
// ---------------------------------------------------------------------------
const kEncodingLabels = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
    'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
    'us-ascii', 'windows-1252', 'x-cp1252'],
};
const kLabelToEncoding = new Map();
for (const enc of Object.keys(kEncodingLabels)) {
  for (const label of kEncodingLabels[enc]) kLabelToEncoding.set(label, enc);
}

function getEncodingFromLabel(label) {
  // Trim ASCII whitespace (TAB, LF, FF, CR, SPACE), then ASCII-lowercase.
  const trimmed = `${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const lower = trimmed.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
  return kLabelToEncoding.get(lower);
}


// Accumulates UTF-16 code units and flushes them into a string in chunks.
class StringBuilder {
  constructor() {
    this.units = [];
    this.out = '';
  }
  pushCodePoint(cp) {
    if (cp > 0xFFFF) {
      cp -= 0x10000;
      this.units.push(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
      this.units.push(cp);
    }
    if (this.units.length >= 8192) this.flush();
  }
  flush() {
    if (this.units.length > 0) {
      this.out += String.fromCharCode.apply(null, this.units);
      this.units = [];
    }
  }
  toString() {
    this.flush();
    return this.out;
  }
}

function encodeUtf8(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      if (cp <= 0xDBFF && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (next - 0xDC00);
          i++;
        } else {
          cp = 0xFFFD;
        }
      } else {
        cp = 0xFFFD;
      }
    }
    if (cp < 0x80) {
      bytes.push(cp);
    } else if (cp < 0x800) {
      bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
    } else {
      bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
    }
  }
  return new Uint8Array(bytes);
}

class TextEncoderImpl {
  get encoding() {
    if (!(this instanceof TextEncoderImpl)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoderImpl)) throw new ERR_INVALID_THIS('TextEncoder');
    return encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoderImpl)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!dest || typedArrayName(dest) !== 'Uint8Array') {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    let read = 0;
    let written = 0;
    const cap = dest.length;
    for (let i = 0; i < src.length; i++) {
      let cp = src.charCodeAt(i);
      let units = 1;
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        const next = i + 1 < src.length ? src.charCodeAt(i + 1) : 0;
        if (cp <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (next - 0xDC00);
          units = 2;
        } else {
          cp = 0xFFFD;
        }
      }
      const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + n > cap) break;
      if (n === 1) {
        dest[written] = cp;
      } else if (n === 2) {
        dest[written] = 0xC0 | (cp >> 6);
        dest[written + 1] = 0x80 | (cp & 0x3F);
      } else if (n === 3) {
        dest[written] = 0xE0 | (cp >> 12);
        dest[written + 1] = 0x80 | ((cp >> 6) & 0x3F);
        dest[written + 2] = 0x80 | (cp & 0x3F);
      } else {
        dest[written] = 0xF0 | (cp >> 18);
        dest[written + 1] = 0x80 | ((cp >> 12) & 0x3F);
        dest[written + 2] = 0x80 | ((cp >> 6) & 0x3F);
        dest[written + 3] = 0x80 | (cp & 0x3F);
      }
      written += n;
      read += units;
      if (units === 2) i++;
    }
    return { read, written };
  }

  [kInspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor;
    const obj = Object.create({ constructor: ctor === null ? TextEncoderImpl : ctor });
    obj.encoding = this.encoding;
    return inspect(obj, opts);
  }
}
Object.defineProperty(TextEncoderImpl, 'name', { __proto__: null, value: 'TextEncoder' });
Object.defineProperty(TextEncoderImpl.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextEncoder', configurable: true,
});
Object.defineProperties(TextEncoderImpl.prototype, {
  encode: { __proto__: null, enumerable: true },
  encodeInto: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
});

const kDecoderState = Symbol('decoderState');

function invalidData(state) {
  if (state.fatal) {
    resetDecoder(state);
    // Node raises a plain TypeError carrying the code here.
    const err = new TypeError(`The encoded data was not valid for encoding ${state.encoding}`);
    err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
    throw err;
  }
  return 0xFFFD;
}

function resetDecoder(state) {
  state.bomSeen = false;
  // utf-8
  state.needed = 0;
  state.seen = 0;
  state.cp = 0;
  state.lower = 0x80;
  state.upper = 0xBF;
  // utf-16le
  state.leadByte = -1;
  state.leadSurrogate = -1;
}

function decodeUtf8(state, bytes, flush, sb) {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (state.needed === 0) {
      if (b <= 0x7F) {
        sb.pushCodePoint(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        state.needed = 1;
        state.cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) state.lower = 0xA0;
        if (b === 0xED) state.upper = 0x9F;
        state.needed = 2;
        state.cp = b & 0x0F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) state.lower = 0x90;
        if (b === 0xF4) state.upper = 0x8F;
        state.needed = 3;
        state.cp = b & 0x07;
      } else {
        sb.pushCodePoint(invalidData(state));
      }
      continue;
    }
    if (b < state.lower || b > state.upper) {
      state.cp = 0;
      state.needed = 0;
      state.seen = 0;
      state.lower = 0x80;
      state.upper = 0xBF;
      sb.pushCodePoint(invalidData(state));
      i--; // reprocess this byte
      continue;
    }
    state.lower = 0x80;
    state.upper = 0xBF;
    state.cp = (state.cp << 6) | (b & 0x3F);
    state.seen++;
    if (state.seen === state.needed) {
      const cp = state.cp;
      state.cp = 0;
      state.needed = 0;
      state.seen = 0;
      sb.pushCodePoint(cp);
    }
  }
  if (flush && state.needed !== 0) {
    state.cp = 0;
    state.needed = 0;
    state.seen = 0;
    state.lower = 0x80;
    state.upper = 0xBF;
    sb.pushCodePoint(invalidData(state));
  }
}

function decodeUtf16le(state, bytes, flush, sb) {
  for (let i = 0; i < bytes.length; i++) {
    if (state.leadByte === -1) {
      state.leadByte = bytes[i];
      continue;
    }
    const unit = state.leadByte | (bytes[i] << 8);
    state.leadByte = -1;
    if (state.leadSurrogate !== -1) {
      const lead = state.leadSurrogate;
      state.leadSurrogate = -1;
      if (unit >= 0xDC00 && unit <= 0xDFFF) {
        sb.pushCodePoint(0x10000 + ((lead - 0xD800) << 10) + (unit - 0xDC00));
        continue;
      }
      sb.pushCodePoint(invalidData(state));
      // fall through and handle `unit` on its own
    }
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      state.leadSurrogate = unit;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      sb.pushCodePoint(invalidData(state));
    } else {
      sb.pushCodePoint(unit);
    }
  }
  if (flush && (state.leadByte !== -1 || state.leadSurrogate !== -1)) {
    state.leadByte = -1;
    state.leadSurrogate = -1;
    sb.pushCodePoint(invalidData(state));
  }
}

function decodeWin1252(state, bytes, flush, sb) {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    // Node 20 decodes every byte as its ISO-8859-1 code point (0x80-0x9F are
    // not remapped to the windows-1252 table).
    sb.pushCodePoint(b);
  }
}

function toUint8View(input) {
  if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const err = new TypeError(
    'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

class TextDecoderImpl {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    const state = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
    };
    resetDecoder(state);
    Object.defineProperty(this, kDecoderState, { __proto__: null, value: state });
  }

  decode(input = new Uint8Array(0), options = {}) {
    const state = getDecoderState(this);
    const bytes = toUint8View(input);
    const stream = Boolean(options?.stream);
    const sb = new StringBuilder();
    if (state.encoding === 'utf-8') decodeUtf8(state, bytes, !stream, sb);
    else if (state.encoding === 'utf-16le') decodeUtf16le(state, bytes, !stream, sb);
    else decodeWin1252(state, bytes, !stream, sb);
    let out = sb.toString();
    if (state.encoding !== 'windows-1252' && !state.ignoreBOM && !state.bomSeen && out.length > 0) {
      state.bomSeen = true;
      if (out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
    }
    if (!stream) resetDecoder(state);
    return out;
  }

  get encoding() {
    return getDecoderState(this).encoding;
  }

  get fatal() {
    return getDecoderState(this).fatal;
  }

  get ignoreBOM() {
    return getDecoderState(this).ignoreBOM;
  }

  [kInspectCustom](depth, opts) {
    getDecoderState(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor || TextDecoderImpl;
    const obj = Object.create({ constructor });
    obj.encoding = this.encoding;
    obj.fatal = this.fatal;
    obj.ignoreBOM = this.ignoreBOM;
    return `${constructor.name} ${inspect(obj)}`;
  }
}

function getDecoderState(self) {
  const state = self !== null && typeof self === 'object' ? self[kDecoderState] : undefined;
  if (state === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return state;
}

Object.defineProperty(TextDecoderImpl, 'name', { __proto__: null, value: 'TextDecoder' });
Object.defineProperties(TextDecoderImpl.prototype, {
  decode: { __proto__: null, enumerable: true },
  encoding: { __proto__: null, enumerable: true },
  fatal: { __proto__: null, enumerable: true },
  ignoreBOM: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

// ---------------------------------------------------------------------------
// Exports (key order follows Node's util)
// ---------------------------------------------------------------------------
module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted,
  types,
};


// TextDecoder/TextEncoder are lazy getters in Node; prefer host globals.
Object.defineProperties(module.exports, {
  TextDecoder: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return typeof globalThis.TextDecoder === 'function' ? globalThis.TextDecoder : TextDecoderImpl;
    },
    set(value) {
      Object.defineProperty(this, 'TextDecoder', {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  },
  TextEncoder: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return typeof globalThis.TextEncoder === 'function' ? globalThis.TextEncoder : TextEncoderImpl;
    },
    set(value) {
      Object.defineProperty(this, 'TextEncoder', {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  },
});
