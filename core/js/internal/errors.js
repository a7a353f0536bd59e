// internal/errors — owns Node-style coded errors (ERR_* classes and their exact
// message text), AbortError, the shared argument validators, and the internal
// deep-equality algorithm (Node's internal/util/comparisons) used by util and assert.
'use strict';

// ---------------------------------------------------------------------------
// Lazy access to internal/inspect (it may itself require this module).
// ---------------------------------------------------------------------------
let inspectModule;
function lazyInspectModule() {
  if (inspectModule === undefined) inspectModule = require('internal/inspect');
  return inspectModule;
}
function inspect(value, opts) {
  return lazyInspectModule().inspect(value, opts);
}
function format(...args) {
  return lazyInspectModule().format(...args);
}

const kIsNodeError = Symbol('kIsNodeError');

// ---------------------------------------------------------------------------
// Stack helpers.  Node errors show "TypeError [ERR_X]: message" as their
// first stack line.  Whatever the host's Error.prototype.stack yields (with or
// without a "Name: message" header line), we keep only its "    at ..." frame
// lines and store the stack as an own data property with the wanted header.
// ---------------------------------------------------------------------------
// Name of the function a frame line ("    at name (file:1:2)") belongs to.
function frameFunctionName(line) {
  const m = /^\s*at (?:new )?([^ (]+)/.exec(line);
  return m ? m[1] : '';
}

// `hide` lists function names whose leading frames are dropped (the error
// constructors themselves, as V8 omits them); when `startName` names a frame,
// everything up to and including it is dropped too (Node's stackStartFn).
function stackFrames(err, hide, startName) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return '';
  }
  if (typeof stack !== 'string') return '';
  const idx = stack.indexOf('    at ');
  if (idx === -1) return '';
  let lines = stack.slice(idx).split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  if (hide) {
    while (lines.length > 0 && hide.includes(frameFunctionName(lines[0]))) lines.shift();
  }
  if (startName) {
    const pos = lines.findIndex((l) => {
      const fn = frameFunctionName(l);
      return fn === startName || fn.endsWith(`.${startName}`);
    });
    if (pos !== -1) lines = lines.slice(pos + 1);
  }
  return lines.join('\n');
}

const kHiddenConstructorFrames = ['NodeError', 'AbortError'];

function setErrorStack(err, header, hide = kHiddenConstructorFrames, startName = undefined) {
  const frames = stackFrames(err, hide, startName);
  const stack = frames ? `${header}\n${frames}` : header;
  try {
    Object.defineProperty(err, 'stack', {
      __proto__: null,
      value: stack,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  } catch {
    // ignore: frozen / exotic objects
  }
}

// Node's hideStackFrames() only affects stack traces; identity here.
function hideStackFrames(fn) {
  return fn;
}

// ---------------------------------------------------------------------------
// Message helpers
// ---------------------------------------------------------------------------
const classRegExp = /^([A-Z][a-z0-9]*)+$/;
const kTypes = [
  'string', 'function', 'number', 'object',
  // Accept 'Function' and 'Object' as alternative to the lower cased version.
  'Function', 'Object', 'boolean', 'bigint', 'symbol',
];

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${val.slice(i - 3, i)}${res}`;
  }
  return `${val.slice(0, i)}${res}`;
}

function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      if (value !== value) return 'type number (NaN)';
      if (value === Infinity) return 'type number (Infinity)';
      if (value === -Infinity) return 'type number (-Infinity)';
      return `type number (${value})`;
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string': {
      let str = value;
      if (str.length > 28) str = `${str.slice(0, 25)}...`;
      if (str.indexOf("'") === -1) return `type string ('${str}')`;
      return `type string (${JSON.stringify(str)})`;
    }
    default: {
      let str = inspect(value, { colors: false });
      if (str.length > 28) str = `${str.slice(0, 25)}...`;
      return `type ${type} (${str})`;
    }
  }
}

function internalAssert(value, message) {
  if (!value) {
    // eslint-disable-next-line no-use-before-define
    throw new codes.ERR_INTERNAL_ASSERTION(message);
  }
}

// ---------------------------------------------------------------------------
// Error class factory
// ---------------------------------------------------------------------------
const messages = new Map();
const codes = {};

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    return Reflect.apply(msg, self, args);
  }
  const expectedLength = (msg.match(/%[dfijoOs]/g) || []).length;
  internalAssert(
    expectedLength === args.length,
    `Code: ${key}; The provided arguments length (${args.length}) does not ` +
      `match the required ones (${expectedLength}).`,
  );
  if (args.length === 0) return msg;
  return format(msg, ...args);
}

function makeNodeErrorWithCode(Base, key) {
  // One class per (code, Base).  Its prototype reports `constructor` as the
  // plain Base (as Node does), and stringifies as "Name [CODE]: message".
  class NodeError extends Base {
    constructor(...args) {
      super();
      const name = this.name;
      // Own-key order matches Node: stack, code, message (+ extras like reason).
      setErrorStack(this, name);
      this.code = key;
      const message = getMessage(key, args, this);
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: message,
        enumerable: false,
        writable: true,
        configurable: true,
      });
      setErrorStack(this, `${name} [${key}]: ${message}`);
    }
  }
  Object.defineProperties(NodeError.prototype, {
    constructor: {
      __proto__: null,
      get() { return Base; },
      enumerable: false,
      configurable: true,
    },
    toString: {
      __proto__: null,
      value: function toString() {
        return `${this.name} [${key}]: ${this.message}`;
      },
      writable: true,
      enumerable: false,
      configurable: true,
    },
    [kIsNodeError]: {
      __proto__: null,
      get() { return true; },
      enumerable: false,
      configurable: true,
    },
  });
  Object.defineProperty(NodeError, 'name', { __proto__: null, value: Base.name, configurable: true });
  return NodeError;
}

// E(code, message, Base, ...OtherClasses): registers a code.  `message` is a
// %-format string or a function(...args) returning the message.
function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  const Klass = makeNodeErrorWithCode(def, sym);
  for (const clazz of otherClasses) {
    Klass[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  }
  codes[sym] = Klass;
  return Klass;
}

// Plain Error with extra properties (used for warnings etc.).
function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// ---------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  internalAssert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];

  let msg = 'The ';
  if (name.endsWith(' argument')) {
    msg += `${name} `;
  } else {
    const type = name.includes('.') ? 'property' : 'argument';
    msg += `"${name}" ${type} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    internalAssert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.exec(value) !== null) {
      instances.push(value);
    } else {
      internalAssert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }

  // "object" is folded into the instance list when instances are present.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }

  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += `an instance of ${instances.join(', ')}, or ${last}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }

  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += `one of ${other.join(', ')}, or ${last}`;
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }

  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}"` +
    ` function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input) {
  this.input = input;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  internalAssert(expected.length <= 2, 'ERR_INVALID_URL_SCHEME: at most two schemes');
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  let msg = 'The ';
  const len = args.length;
  const wrap = (a) => `"${a}"`;
  args = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  switch (len) {
    case 1:
      msg += `${args[0]} argument`;
      break;
    case 2:
      msg += `${args[0]} and ${args[1]} arguments`;
      break;
    default:
      msg += args.slice(0, len - 1).join(', ');
      msg += `, and ${args[len - 1]} arguments`;
      break;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) {
      received = addNumericalSeparator(received);
    }
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);

// ---------------------------------------------------------------------------
// Validators (Node's internal/validators)
// ---------------------------------------------------------------------------
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_OUT_OF_RANGE,
} = codes;

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;

function isInt32(value) {
  return value === (value | 0);
}
function isUint32(value) {
  return value === (value >>> 0);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(
      name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`,
      value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// `options` may be Node 20's bit flags or the older { nullable, allowArray,
// allowFunction } object form.
function validateObject(value, name, options = kValidateObjectNone) {
  let flags = options;
  if (options !== null && typeof options === 'object') {
    flags = (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  if (flags === kValidateObjectNone) {
    if (value === null || Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    if (typeof value !== 'object') throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  } else {
    if (!(flags & kValidateObjectAllowNullable) && value === null) {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
    if (!(flags & kValidateObjectAllowArray) && Array.isArray(value)) {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
    const type = typeof value;
    if (type !== 'object' && (!(flags & kValidateObjectAllowFunction) || type !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    const reason = `must be longer than ${minLength}`;
    throw new ERR_INVALID_ARG_VALUE(name, value, reason);
  }
}

function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    const reason = 'must be one of: ' + allowed;
    throw new ERR_INVALID_ARG_VALUE(name, value, reason);
  }
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

// ---------------------------------------------------------------------------
// Deep equality (Node's internal/util/comparisons).  Hosted here because this
// is the one internal module shared by util and assert.
// ---------------------------------------------------------------------------
function internalType(v) {
  return binding.internalType(v);
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typedArrayName(v) {
  return typedArrayTagGetter.call(v);
}
function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}
function isDate(v) { return typeof v === 'object' && v !== null && internalType(v) === 'Date'; }
function isRegExp(v) { return typeof v === 'object' && v !== null && internalType(v) === 'RegExp'; }
function isNativeError(v) { return typeof v === 'object' && v !== null && internalType(v) === 'Error'; }
function isMap(v) { return typeof v === 'object' && v !== null && internalType(v) === 'Map'; }
function isSet(v) { return typeof v === 'object' && v !== null && internalType(v) === 'Set'; }
function isAnyArrayBuffer(v) {
  if (typeof v !== 'object' || v === null) return false;
  const t = internalType(v);
  return t === 'ArrayBuffer' || t === 'SharedArrayBuffer';
}
const kBoxed = new Set(['BoxedNumber', 'BoxedString', 'BoxedBoolean', 'BoxedBigInt', 'BoxedSymbol']);
function isBoxedPrimitive(v) {
  return typeof v === 'object' && v !== null && kBoxed.has(internalType(v));
}
function isError(e) {
  return isNativeError(e) || e instanceof Error;
}

const kStrict = true;
const kLoose = false;
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isArrayIndexKey(key) {
  if (typeof key !== 'string') return false;
  if (key === '0') return true;
  if (!/^[1-9][0-9]*$/.test(key)) return false;
  return Number(key) < 4294967295;
}

// Own enumerable non-index keys (symbols too, unless skipSymbols).
function getOwnNonIndexProperties(obj, skipSymbols) {
  const out = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol') {
      if (skipSymbols) continue;
    } else if (isArrayIndexKey(key)) {
      continue;
    }
    if (Object.prototype.propertyIsEnumerable.call(obj, key)) out.push(key);
  }
  return out;
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let offset = 0; offset < a.length; offset++) {
    if (a[offset] !== b[offset]) return false;
  }
  return true;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return bytesEqual(bytesOf(a), bytesOf(b));
}

function areEqualArrayBuffers(buf1, buf2) {
  return buf1.byteLength === buf2.byteLength &&
    bytesEqual(new Uint8Array(buf1), new Uint8Array(buf2));
}

function isEqualBoxedPrimitive(val1, val2) {
  const t1 = internalType(val1);
  const t2 = internalType(val2);
  if (t1 !== t2) return false;
  switch (t1) {
    case 'BoxedNumber':
      return Object.is(Number.prototype.valueOf.call(val1), Number.prototype.valueOf.call(val2));
    case 'BoxedString':
      return String.prototype.valueOf.call(val1) === String.prototype.valueOf.call(val2);
    case 'BoxedBoolean':
      return Boolean.prototype.valueOf.call(val1) === Boolean.prototype.valueOf.call(val2);
    case 'BoxedBigInt':
      return BigInt.prototype.valueOf.call(val1) === BigInt.prototype.valueOf.call(val2);
    case 'BoxedSymbol':
      return Symbol.prototype.valueOf.call(val1) === Symbol.prototype.valueOf.call(val2);
    default:
      return false;
  }
}

function innerDeepEqual(val1, val2, strict, memos) {
  // All identical values are equivalent, as determined by ===.
  if (val1 === val2) {
    if (val1 !== 0) return true;
    return strict ? Object.is(val1, val2) : true;
  }

  if (strict) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }

  const val1Tag = Object.prototype.toString.call(val1);
  const val2Tag = Object.prototype.toString.call(val2);
  if (val1Tag !== val2Tag) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, !strict);
    const keys2 = getOwnNonIndexProperties(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isNativeError(val1) || val1 instanceof Error) {
    // The stack is deliberately not compared.
    if ((!isNativeError(val2) && !(val2 instanceof Error)) ||
        val1.message !== val2.message || val1.name !== val2.name) {
      return false;
    }
    // message/name/cause/errors must agree in enumerability; non-enumerable
    // cause/errors are compared here (enumerable ones via keyCheck below).
    for (const key of ['message', 'name', 'cause', 'errors']) {
      const enumerable = Object.prototype.propertyIsEnumerable.call(val1, key);
      if (enumerable !== Object.prototype.propertyIsEnumerable.call(val2, key)) return false;
      if (!enumerable && (key === 'cause' || key === 'errors') &&
          !innerDeepEqual(val1[key], val2[key], strict, memos)) {
        return false;
      }
    }
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    const name1 = typedArrayName(val1);
    if (!strict && (name1 === 'Float32Array' || name1 === 'Float64Array')) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    const keys1 = getOwnNonIndexProperties(val1, !strict);
    const keys2 = getOwnNonIndexProperties(val2, !strict);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (Array.isArray(val2) ||
             isArrayBufferView(val2) ||
             isSet(val2) ||
             isMap(val2) ||
             isDate(val2) ||
             isRegExp(val2) ||
             isAnyArrayBuffer(val2) ||
             isBoxedPrimitive(val2) ||
             isNativeError(val2) ||
             val2 instanceof Error) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function getEnumerables(val, keys) {
  return keys.filter((k) => Object.prototype.propertyIsEnumerable.call(val, k));
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  // For all remaining Object pairs, including Array, objects and Maps,
  // equivalence is determined by having:
  // a) The same number of owned enumerable properties
  // b) The same set of keys/indexes (although not necessarily the same order)
  // c) Equivalent values for every corresponding key/index
  // d) For Sets and Maps, equal contents
  const keysGiven = aKeys !== undefined;
  if (!keysGiven) {
    aKeys = Object.keys(val1);
    const bKeys = Object.keys(val2);
    if (aKeys.length !== bKeys.length) return false;
  }

  for (let i = 0; i < aKeys.length; i++) {
    if (!Object.prototype.propertyIsEnumerable.call(val2, aKeys[i])) return false;
  }

  if (strict && !keysGiven) {
    const symbolKeysA = Object.getOwnPropertySymbols(val1);
    if (symbolKeysA.length !== 0) {
      let count = 0;
      for (const key of symbolKeysA) {
        if (Object.prototype.propertyIsEnumerable.call(val1, key)) {
          if (!Object.prototype.propertyIsEnumerable.call(val2, key)) return false;
          aKeys.push(key);
          count++;
        } else if (Object.prototype.propertyIsEnumerable.call(val2, key)) {
          return false;
        }
      }
      const symbolKeysB = Object.getOwnPropertySymbols(val2);
      if (symbolKeysA.length !== symbolKeysB.length &&
          getEnumerables(val2, symbolKeysB).length !== count) {
        return false;
      }
    } else {
      const symbolKeysB = Object.getOwnPropertySymbols(val2);
      if (symbolKeysB.length !== 0 && getEnumerables(val2, symbolKeysB).length !== 0) {
        return false;
      }
    }
  }

  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
        (iterationType === kIsArray && val1.length === 0) ||
        val1.size === 0)) {
    return true;
  }

  // Cycle handling: `memos` tracks the objects currently being compared on
  // each side.  When both values are already under comparison further up,
  // the pair is assumed equal (Node 20 semantics).
  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map() };
  } else if (memos.val1.has(val1) && memos.val2.has(val2)) {
    return true;
  }

  enterMemo(memos.val1, val1);
  enterMemo(memos.val2, val2);

  const areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);

  leaveMemo(memos.val1, val1);
  leaveMemo(memos.val2, val2);

  return areEq;
}

function enterMemo(map, obj) {
  map.set(obj, (map.get(obj) || 0) + 1);
}

function leaveMemo(map, obj) {
  const n = map.get(obj);
  if (n <= 1) map.delete(obj);
  else map.set(obj, n - 1);
}

function setHasEqualElement(set, val1, strict, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      set.delete(val2);
      return true;
    }
  }
  return false;
}

// Loose equality of primitives: which values could match `prim` loosely?
// Returns null / undefined to mean "look up the alternative", or a boolean.
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // Only pass in null as object!
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Loose equal entries exist only if the string is possible to convert to
      // a regular number and not NaN.
      // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) ||
      !innerDeepEqual(item, curB, false, memo)) {
    return false;
  }
  return !a.has(altValue) && innerDeepEqual(item, curB, false, memo);
}

function setEquiv(a, b, strict, memo) {
  // Objects (and loosely matching primitives) are collected and then matched
  // against b's entries one by one.
  let set = null;
  for (const val of a) {
    if (typeof val === 'object' && val !== null) {
      if (set === null) set = new Set();
      set.add(val);
    } else if (!b.has(val)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, val)) return false;
      if (set === null) set = new Set();
      set.add(val);
    }
  }

  if (set !== null) {
    for (const val of b) {
      if (typeof val === 'object' && val !== null) {
        if (!setHasEqualElement(set, val, strict, memo)) return false;
      } else if (!strict && !a.has(val) && !setHasEqualElement(set, val, strict, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }

  return true;
}

function mapHasEqualEntry(set, map, key1, item1, strict, memo) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) &&
        innerDeepEqual(item1, map.get(key2), strict, memo)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, strict, memo) {
  let set = null;

  for (const { 0: key, 1: item1 } of a) {
    if (typeof key === 'object' && key !== null) {
      if (set === null) set = new Set();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if (((item2 === undefined && !b.has(key)) ||
          !innerDeepEqual(item1, item2, strict, memo))) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }

  if (set !== null) {
    for (const { 0: key, 1: item } of b) {
      if (typeof key === 'object' && key !== null) {
        if (!mapHasEqualEntry(set, a, key, item, strict, memo)) return false;
      } else if (!strict &&
                 (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memo)) &&
                 !mapHasEqualEntry(set, a, key, item, false, memo)) {
        return false;
      }
    }
    return set.size === 0;
  }

  return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  let i = 0;

  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    const hasOwn = Object.prototype.hasOwnProperty;
    for (; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // Array is sparse.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
            return false;
          }
        }
        if (keysA.length !== Object.keys(b).length) return false;
        return true;
      }
    }
  }

  // The pair must have equivalent values for every corresponding key.
  for (i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  codes,
  E,
  AbortError,
  genericNodeError,
  hideStackFrames,
  setErrorStack,
  addNumericalSeparator,
  determineSpecificType,
  kIsNodeError,
  isError,
  // validators
  validateFunction,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateObject,
  validateString,
  validateBoolean,
  validateArray,
  validateOneOf,
  validateAbortSignal,
  isInt32,
  isUint32,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects: kValidateObjectAllowArray | kValidateObjectAllowFunction,
  kValidateObjectAllowObjectsAndNull:
    kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction,
  // comparisons
  isDeepEqual,
  isDeepStrictEqual,
};
