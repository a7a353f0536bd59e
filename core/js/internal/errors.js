// internal/errors — owns Node-style coded errors (ERR_* classes and their exact
// message text), AbortError and the shared argument validators. (Deep equality is
// internal/comparisons.)
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

function isError(e) {
  return (typeof e === 'object' && e !== null && binding.internalType(e) === 'Error') || e instanceof Error;
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
};
