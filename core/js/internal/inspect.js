// internal/inspect — util.inspect and util.format, matching Node 20 output.
//
// Loaded by the runtime as a CommonJS-style body:
//   (function (exports, require, module, binding) { <this file> })
//
// Everything is plain JS except a handful of engine facts that JS cannot
// observe on its own; those come from the host through `binding`:
//   binding.getPromiseState(p)   -> 0 pending, 1 fulfilled, 2 rejected
//   binding.getPromiseResult(p)  -> fulfilment value / rejection reason
//   binding.getProxyDetails(v)   -> undefined (not a proxy) or [target, handler]
//                                   (target is null for a revoked proxy)
//   binding.isClassConstructor(f)-> true for `class` syntax constructors
//   binding.internalType(v)      -> name of the internal slot kind
//                                   ('Map', 'Set', 'Date', 'Error', ...)
//   binding.previewEntries(it)   -> the remaining entries of a Map/Set
//                                   iterator, without consuming it. Either
//                                   V8 style `[flatEntries, isKeyValue]`
//                                   (flatEntries = [k0, v0, k1, v1, ...] when
//                                   isKeyValue) or a plain array of items,
//                                   where key/value items are [k, v] pairs.
//                                   `undefined` when unsupported.
//
// Exports: inspect (with .custom, .defaultOptions, .colors, .styles),
// format, formatWithOptions, stripVTControlCharacters, getStringWidth,
// inspectDefaultOptions, isZeroWidthCodePoint, identicalSequenceRange.

'use strict';

/* eslint-disable no-control-regex */

// ---------------------------------------------------------------------------
// Intrinsics captured at load time so user code can't tamper with them.
// ---------------------------------------------------------------------------

const ObjectProto = Object.prototype;
const FunctionProto = Function.prototype;
const hasOwn = (o, k) => ObjectProto.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => ObjectProto.propertyIsEnumerable.call(o, k);
const getOwnDesc = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;
const objectKeys = Object.keys;
const ownNames = Object.getOwnPropertyNames;
const ownSymbols = Object.getOwnPropertySymbols;
const ownKeys = Reflect.ownKeys;
const isArray = Array.isArray;
const fnToString = FunctionProto.toString;
const errorToString = Error.prototype.toString;
const symbolToString = Symbol.prototype.toString;
const symbolValueOf = Symbol.prototype.valueOf;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const dateGetTime = Date.prototype.getTime;
const dateToISOString = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const regexpToString = RegExp.prototype.toString;
const JSONStringify = JSON.stringify;

function getterOf(proto, key) {
  const desc = proto && getOwnDesc(proto, key);
  return desc && desc.get;
}
const mapSizeGetter = getterOf(Map.prototype, 'size');
const setSizeGetter = getterOf(Set.prototype, 'size');
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const TypedArrayProto = getProto(Uint8Array.prototype);
const typedArrayLengthGetter = getterOf(TypedArrayProto, 'length');
const typedArrayTagGetter = getterOf(TypedArrayProto, Symbol.toStringTag);

const AsyncFunctionProto = getProto(async function () {});
const GeneratorFunctionProto = getProto(function* () {});
const AsyncGeneratorFunctionProto = getProto(async function* () {});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Names of the engine's global constructors, before Node's and the web's globals were added
// (node takes them when this module loads, early in its bootstrap; here it loads on first
// use, so the bootstrap records them); used to tell built-in prototypes from user defined ones.
const builtInObjects = new Set(
  (typeof binding === 'object' && binding !== null && Array.isArray(binding.intrinsicGlobalNames)
    ? binding.intrinsicGlobalNames : ownNames(globalThis))
    .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
);

// ---------------------------------------------------------------------------
// Host helpers (all access to `binding` goes through here).
// ---------------------------------------------------------------------------

const host = (typeof binding === 'object' && binding !== null) ? binding : {};

function internalType(value) {
  if (typeof host.internalType === 'function') {
    const t = host.internalType(value);
    if (typeof t === 'string') return t;
  }
  return 'Object';
}

function proxyDetails(value) {
  if (typeof host.getProxyDetails !== 'function') return undefined;
  const details = host.getProxyDetails(value);
  if (details === undefined || details === null) return undefined;
  return details;
}

function promiseDetails(promise) {
  const state = typeof host.getPromiseState === 'function' ?
    host.getPromiseState(promise) : 0;
  const result = state === 0 || typeof host.getPromiseResult !== 'function' ?
    undefined : host.getPromiseResult(promise);
  return [state, result];
}

function isClassConstructor(fn) {
  if (typeof host.isClassConstructor === 'function') {
    return !!host.isClassConstructor(fn);
  }
  try {
    const src = fnToString.call(fn);
    return src.startsWith('class') && src.endsWith('}');
  } catch {
    return false;
  }
}

// Returns { entries, isKeyValue } or undefined when the host can't preview.
function previewIterator(iterator, kind) {
  if (typeof host.previewEntries !== 'function') return undefined;
  let res;
  try {
    res = host.previewEntries(iterator);
  } catch {
    return undefined;
  }
  if (!isArray(res)) return undefined;
  if (res.length === 2 && isArray(res[0]) && typeof res[1] === 'boolean') {
    return { entries: res[0], isKeyValue: res[1] };
  }
  // Plain list of items: key/value iterators yield [k, v] pairs.
  if (res.length === 0) return { entries: res, isKeyValue: kind === 'WeakMap' };
  const pairs = res.every((e) => isArray(e) && e.length === 2 &&
    (kind !== 'Set' || Object.is(e[0], e[1])));
  if (!pairs) return { entries: res, isKeyValue: false };
  const flat = [];
  for (const pair of res) flat.push(pair[0], pair[1]);
  return { entries: flat, isKeyValue: true };
}

function isError(v) {
  if (internalType(v) === 'Error') return true;
  try {
    return v instanceof Error;
  } catch {
    return false;
  }
}
const boxedTypes = {
  BoxedNumber: ['Number', numberValueOf],
  BoxedString: ['String', stringValueOf],
  BoxedBoolean: ['Boolean', booleanValueOf],
  BoxedBigInt: ['BigInt', bigintValueOf],
  BoxedSymbol: ['Symbol', symbolValueOf],
};

function hasProtoInChain(value, proto) {
  let obj = value;
  for (let i = 0; i < 1000 && obj !== null; i++) {
    obj = getProto(obj);
    if (obj === proto) return true;
  }
  return false;
}
const isAsyncGeneratorFunction = (fn) => hasProtoInChain(fn, AsyncGeneratorFunctionProto);
const isGeneratorFunction = (fn) =>
  hasProtoInChain(fn, GeneratorFunctionProto) || isAsyncGeneratorFunction(fn);
const isAsyncFunction = (fn) =>
  hasProtoInChain(fn, AsyncFunctionProto) || isAsyncGeneratorFunction(fn);

// Fallback class name for objects whose prototype chain has no usable
// `constructor` (the role of V8's GetConstructorName).
function internalConstructorName(value) {
  const t = internalType(value);
  if (isArray(value)) return 'Array';
  switch (t) {
    case 'BoxedNumber': return 'Number';
    case 'BoxedString': return 'String';
    case 'BoxedBoolean': return 'Boolean';
    case 'BoxedBigInt': return 'BigInt';
    case 'BoxedSymbol': return 'Symbol';
    case 'TypedArray': return typedArrayTagGetter.call(value);
    case 'MapIterator': return 'Map Iterator';
    case 'SetIterator': return 'Set Iterator';
    case 'Arguments': return 'Object';
    case 'Proxy': return 'Object';
    default: return t;
  }
}

// ---------------------------------------------------------------------------
// Options, colors and styles.
// ---------------------------------------------------------------------------

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
const kMinLineWidth = 16;

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const numberRegExp = /^(0|[1-9][0-9]*)$/;

function makeColors() {
  const colors = { __proto__: null };
  const table = [
    ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
    ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27],
    ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
    ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
    ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
    ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49],
    ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49],
    ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54],
    ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
    ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
    ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
    ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
    ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
    ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
    ['bgWhiteBright', 107, 49],
  ];
  for (const [name, open, close] of table) colors[name] = [open, close];
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
    ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
    ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }
  return colors;
}

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Entry point.
// ---------------------------------------------------------------------------

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Pass unknown options through to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object' || isArray(options)) {
      throw invalidArgType('options', options);
    }
    return Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = makeColors();
inspect.styles = styles;

// The "Received ..." part of Node's ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return ` Received ${value}`;
  switch (typeof value) {
    case 'bigint':
      return ` Received type bigint (${value}n)`;
    case 'number':
      return ` Received type number (${formatNumber(stylizeNoColor, value, false)})`;
    case 'boolean':
    case 'symbol':
      return ` Received type ${typeof value} (${String(value)})`;
    case 'function':
      return ` Received function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return ` Received an instance of ${value.constructor.name}`;
      }
      return ` Received ${inspect(value, { depth: -1 })}`;
    case 'string': {
      let shown = value;
      if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
      if (!shown.includes("'")) return ` Received type string ('${shown}')`;
      return ` Received type string (${JSONStringify(shown)})`;
    }
    default:
      return ` Received type ${typeof value}`;
  }
}

function invalidArgType(name, value) {
  const err = new TypeError(
    `The "${name}" argument must be of type ${name === 'str' ? 'string' : 'object'}.${
      describeReceived(value)}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of objectKeys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') &&
          ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall through to the plain string below.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Core dispatch.
// ---------------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // Remember the receiver for custom inspection of proxies.
  const context = value;
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null || proxy[0] === undefined) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) return formatProxy(ctx, proxy, recurseTimes);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Skip prototype objects (the method is meant for instances).
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    // Object.prototype / Function.prototype are recognised even when their
    // `constructor` property was tampered with.
    const known = obj === ObjectProto ? ['Object', Object] :
      obj === FunctionProto ? ['Function', Function] : undefined;
    if (known !== undefined && isInstanceof(start, known[1])) {
      if (protoProps !== undefined && firstProto !== obj) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return known[0];
    }
    const descriptor = getOwnDesc(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = getProto(obj);
    if (firstProto === undefined) firstProto = obj;
  }

  if (firstProto === null) return null;

  const fallback = internalConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${fallback} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${fallback} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${fallback} <${protoName}>`;
}

// With showHidden, collect non-function properties that user defined
// prototypes (up to three layers) contribute.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getProto(obj);
      if (obj === null) return;
      const descriptor = getOwnDesc(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = getOwnDesc(obj, key);
      if (typeof desc.value === 'function') continue;
      const str = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${str}\u001b[22m` : str);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getCtxStyle(value, constructor, tag) {
  let fallback = '';
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ownSymbols(value);
  if (showHidden) {
    keys = ownNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    keys = objectKeys(value);
    for (const s of symbols) {
      if (isEnumerable(value, s)) keys.push(s);
    }
  }
  return keys;
}

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || !numberRegExp.test(key)) return false;
  return Number(key) < 2 ** 32 - 1;
}

// Own keys except array indices (strings first, then symbols).
function getOwnNonIndexProperties(value, showHidden, typed) {
  const out = [];
  for (const key of ownKeys(value)) {
    if (typeof key === 'string') {
      if (typed ? numberRegExp.test(key) : isArrayIndexKey(key)) continue;
    }
    if (!showHidden && !isEnumerable(value, key)) continue;
    out.push(key);
  }
  return out;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // Only show the tag when it isn't also printed as a property.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }

  const type = internalType(value);
  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden, false);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (type === 'Set') {
      const size = setSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      // Like Node, iterate the set itself (observing overrides) unless it
      // has no prototype.
      const source = constructor !== null ? value : setValues.call(value);
      formatter = (c, v, r) => formatSet(source, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (type === 'Map') {
      const size = mapSizeGetter.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const source = constructor !== null ? value : mapEntries.call(value);
      formatter = (c, v, r) => formatMap(source, c, r);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (type === 'TypedArray') {
      keys = getOwnNonIndexProperties(value, ctx.showHidden, true);
      const fallback = constructor === null ? typedArrayTagGetter.call(value) : '';
      const size = typedArrayLengthGetter.call(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(value, size, c, r);
      extrasType = kArrayExtrasType;
    } else if (type === 'MapIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => formatIterator(braces, 'Map', c, v, r);
    } else if (type === 'SetIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => formatIterator(braces, 'Set', c, v, r);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (type === 'Arguments') {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (type === 'RegExp') {
      base = regexpToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (type === 'Date') {
      base = Number.isNaN(dateGetTime.call(value)) ?
        dateToString.call(value) : dateToISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (type === 'ArrayBuffer' || type === 'SharedArrayBuffer') {
      const prefix = getPrefix(constructor, tag, type);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (type === 'DataView') {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (type === 'Promise') {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (type === 'WeakSet') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (type === 'WeakMap') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (boxedTypes[type] !== undefined) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, type);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (isURL(value) && !(recurseTimes > ctx.depth && ctx.depth !== null)) {
      base = value.href;
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) {
        return `${getCtxStyle(value, constructor, tag)}{}`;
      }
      braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getCtxStyle(value, constructor, tag).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (const p of protoProps) output.push(p);
    }
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    const name = getCtxStyle(value, constructor, tag).slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const tail = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...tail);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output gets absurdly large.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' &&
    (err.name === 'RangeError' || err instanceof RangeError || err.name === 'InternalError') &&
    /call stack|recursion|stack overflow/i.test(String(err.message));
}

let URLCtor;
// (Only objects with a string `href` look the global URL up: reading it loads its module.)
function isURL(value) {
  if (typeof value.href !== 'string') return false;
  if (URLCtor === undefined) {
    URLCtor = typeof globalThis.URL === 'function' ? globalThis.URL : null;
  }
  return URLCtor !== null && isInstanceof(value, URLCtor);
}

// ---------------------------------------------------------------------------
// Functions.
// ---------------------------------------------------------------------------

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getProto(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  if (isClassConstructor(value)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------
// Errors.
// ---------------------------------------------------------------------------

const bareFramesRegExp = /^ {4}at /;

function getStackString(error) {
  const stack = error.stack;
  if (!stack) return errorToString.call(error);
  const str = String(stack);
  // boa's inherited Error.prototype.stack getter lists only the frames
  // ("    at f (file:1:2)\n" each); V8 stacks start with a
  // `${name}: ${message}` line. Add that line so the output reads like Node's.
  if (bareFramesRegExp.test(str) && getOwnDesc(error, 'stack') === undefined) {
    return `${errorToString.call(error)}\n${str.replace(/\n+$/, '')}`;
  }
  return str;
}

function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // A throwing `cause` getter is ignored.
  }
  // Collapse frames shared with the cause's stack.
  if (cause != null && typeof cause === 'object' && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

function improveStack(stack, constructor, name, tag) {
  // Only rewrite stacks of errors that "look normal".
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9\[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      // Hide the property only when the stack already shows it.
      if (index !== -1 && stack.includes(err[name])) keys.splice(index, 1);
    }
  }
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

// Underline the package name in `.../node_modules/<pkg>/...` frames.
function markNodeModules(ctx, line) {
  let tempLine = '';
  let lastPos = 0;
  let searchFrom = 0;
  for (;;) {
    const pos = line.indexOf('node_modules', searchFrom);
    if (pos === -1) break;
    const before = line[pos - 1];
    const after = line[pos + 12];
    if ((after !== '/' && after !== '\\') || (before !== '/' && before !== '\\')) {
      searchFrom = pos + 1;
      continue;
    }
    const moduleStart = pos + 13;
    tempLine += line.slice(lastPos, moduleStart);
    let moduleEnd = line.indexOf(before, moduleStart);
    if (line[moduleStart] === '@') moduleEnd = line.indexOf(before, moduleEnd + 1);
    tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
    lastPos = moduleEnd;
    searchFrom = moduleEnd;
  }
  if (lastPos !== 0) line = tempLine + line.slice(lastPos);
  return line;
}

// Grey out the working directory part of a stack frame.
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let cwdLength = workingDirectory.length;
  if (cwdStartPos === -1) return line;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
  let out = line.slice(0, start);
  out += ctx.stylize(line.slice(start, workingDirectoryEndPos), 'undefined');
  out += line.slice(workingDirectoryEndPos, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function safeGetCWD() {
  try {
    const proc = globalThis.process;
    if (proc && typeof proc.cwd === 'function') return String(proc.cwd());
  } catch {
    // No usable working directory.
  }
  return undefined;
}

function pathToFileUrlHref(filepath) {
  const encoded = encodeURI(filepath.replace(/\\/g, '/'));
  return `file://${encoded.replace(/\?/g, '%3F').replace(/#/g, '%23')}`;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  // AggregateError and friends.
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Skip past the message so a message containing "\n    at" is not taken
  // for the start of the stack frames.
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    if (ctx.colors) {
      // Grey out core frames, highlight node_modules and the cwd.
      const workingDirectory = safeGetCWD();
      let fileUrlCwd;
      for (let line of lines) {
        if (coreModuleRegExp.test(line)) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
          continue;
        }
        line = markNodeModules(ctx, line);
        if (workingDirectory !== undefined) {
          let newLine = markCwd(ctx, line, workingDirectory);
          if (newLine === line) {
            if (fileUrlCwd === undefined) fileUrlCwd = pathToFileUrlHref(workingDirectory);
            newLine = markCwd(ctx, line, fileUrlCwd);
          }
          line = newLine;
        }
        newStack += `\n${line}`;
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Primitives.
// ---------------------------------------------------------------------------

// Escape sequences for C0/C1 controls, the single quote and the backslash.
const meta = [];
for (let i = 0; i < 0xa0; i++) {
  meta.push(i < 0x20 || (i >= 0x7f && i <= 0x9f) ?
    `\\x${i.toString(16).toUpperCase().padStart(2, '0')}` : '');
}
meta[0x08] = '\\b';
meta[0x09] = '\\t';
meta[0x0a] = '\\n';
meta[0x0c] = '\\f';
meta[0x0d] = '\\r';
meta[0x27] = "\\'";
meta[0x5c] = '\\\\';

function needsEscape(code, quoteCode) {
  return code === quoteCode || code === 92 || code < 32 || (code > 126 && code < 160);
}

// Escape `str`; `quoteCode` is the char code of the quote that must be
// escaped too (or -1 for none). Lone surrogates become \uXXXX.
function escapeString(str, quoteCode) {
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (needsEscape(code, quoteCode)) {
      result += str.slice(last, i) + meta[code];
      last = i + 1;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${code.toString(16)}`;
      last = i + 1;
    }
  }
  if (last === 0) return str;
  if (last !== str.length) result += str.slice(last);
  return result;
}

// Quote a string, preferring ' then " then ` to avoid escaping.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  return `${quote}${escapeString(str, quote === "'" ? 39 : -1)}${quote}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(`${addNumericSeparator(string)}`, 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  return fn(`${addNumericSeparator(string)}.${
    addNumericSeparatorEnd(String(number).slice(string.length + 1))}`, 'number');
}

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ? integerString : `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${integerString.slice(i, i + 3)}_`;
  }
  return i === 0 ? integerString : `${result}${integerString.slice(i)}`;
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Split long strings after each newline.
      const lines = [];
      let from = 0;
      for (;;) {
        const nl = value.indexOf('\n', from);
        if (nl === -1 || nl === value.length - 1) break;
        lines.push(value.slice(from, nl + 1));
        from = nl + 1;
      }
      lines.push(value.slice(from));
      return lines.map((line) => fn(strEscape(line), 'string'))
        .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
  if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
  if (typeof value === 'boolean') return fn(`${value}`, 'boolean');
  if (typeof value === 'undefined') return fn('undefined', 'undefined');
  return fn(symbolToString.call(value), 'symbol');
}

function getBoxedBase(value, ctx, keys, constructor, tag, internal) {
  const [type, valueOf] = boxedTypes[internal];
  if (type === 'String') {
    // The index keys just repeat the string's characters.
    keys.splice(0, stringValueOf.call(value).length);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, valueOf.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Collections.
// ---------------------------------------------------------------------------

function moreItems(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let str = hex.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

// Sparse arrays: walk the own keys and summarise the holes.
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = objectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      const ending = emptyItems > 1 ? 's' : '';
      output.push(ctx.stylize(`<${emptyItems} empty item${ending}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) output[maxLength] = moreItems(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// `source` is the Set itself or, for null-prototype sets, a values iterator
// (which has no `size`, so no limit applies - as in Node).
function formatSet(source, ctx, recurseTimes) {
  const size = source.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of source) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(source, ctx, recurseTimes) {
  const size = source.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const remaining = size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const entry of source) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, entry[0], recurseTimes)} => ${
      formatValue(ctx, entry[1], recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(moreItems(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// `weak`: entries of a WeakSet/WeakMap, whose order is arbitrary, so the
// output gets sorted (unless the user sorts anyway).
function formatSetIterInner(ctx, recurseTimes, entries, weak) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, weak) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const pos = i * 2;
    if (weak) {
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    } else {
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (remaining > 0) output.push(moreItems(remaining));
  return output;
}

function formatIterator(braces, kind, ctx, value, recurseTimes) {
  const preview = previewIterator(value, kind);
  if (preview === undefined) return [];
  if (preview.isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, preview.entries);
  }
  return formatSetIterInner(ctx, recurseTimes, preview.entries);
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// showHidden: list the entries when the host can preview them.
function formatWeakSet(ctx, value, recurseTimes) {
  const preview = previewIterator(value, 'Set');
  if (preview === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, preview.entries, true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const preview = previewIterator(value, 'WeakMap');
  if (preview === undefined) return formatWeakCollection(ctx);
  if (!preview.isKeyValue) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, preview.entries, true);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = promiseDetails(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// ---------------------------------------------------------------------------
// Properties.
// ---------------------------------------------------------------------------

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeString(symbolToString.call(key), 39), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeString(key, 39)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Layout.
// ---------------------------------------------------------------------------

// Lay array entries out in aligned columns when there are many short ones.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let i = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" entry out of the computation.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Only group when at least three columns fit and the entries are of
  // roughly similar length.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a roughly square block of text.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = [];
    const maxLineLength = [];
    for (let c = 0; c < columns; c++) {
      let lineLength = 0;
      for (let j = c; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    let padStart = true;
    if (value !== undefined) {
      for (let k = 0; k < output.length; k++) {
        if (typeof value[k] !== 'number' && typeof value[k] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let r = 0; r < outputLength; r += columns) {
      const max = Math.min(r + columns, outputLength);
      let str = '';
      let j = r;
      for (; j < max - 1; j++) {
        // Account for invisible color codes when padding.
        const padding = maxLineLength[j - r] + output[j].length - dataLen[j];
        str += padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - r] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    output = tmp;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Never put entries on one line when `base` spans several lines.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Combine the innermost `compact` levels on one line when they fit.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: the pre-v12 layout.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// String width and control characters.
// ---------------------------------------------------------------------------

const ansi = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

const colorRegExp = /\u001b\[\d\d?m/g;

function removeColors(str) {
  return String(str).replace(colorRegExp, '');
}

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', str);
  return str.replace(ansi, '');
}

// Display width tables matching what Node's ICU-based getStringWidth reports
// for single code points >= 0x7F: ranges of zero-width and of double-width
// code points. Encoding: comma separated `gap[+length]` in base 36, where
// gap is measured from the end of the previous range.
const kZeroWidthRanges =
  '3j+w,gx+33,7o+6,7c+18,2,2+1,2+1,2,1l+5,b+a,2,1b+k,h,2u+7,2+5,3+1,2+3,y,2' +
  ',v+q,2k+a,1n+8,a,p+3,2+8,2+2,2+4,18+2,1h+1,6+8,17+1k,1k,2,5+7,5,4+6,b+1,' +
  'u,1n,5+3,9,l+1,r,3+1,1m,5+1,5+1,3+2,4,v+1,4,c+1,1m,5+4,2+1,5,l+1,n+5,2,1' +
  'n,3,2+3,9,8+1,c+1,v,1q,d,1f,4,1k,2+2,6+2,2+3,8+1,c+1,u,1n,3,7,6+1,l+1,t+' +
  '1,1m+1,5+3,9,l+1,u,21,8+2,2,2j,3+6,d+7,2r,3+8,c+6,22+1,s,2,2,1k+d,2+4,2+' +
  '1,6+a,2+z,a,2v+3,2+5,2+1,3+1,q+1,5+2,h+3,e,3+1,7,g,jk+2,qb+2,u+1,v+1,v+1' +
  ',1t+1,2+6,9,3+a,a,1a+4,3a+1,z,3b+2,5+1,a,7+2,64+1,3,1n,2+6,2,2,3+7,7+9,3' +
  ',1d+19,3+b,l+3,1d,2+4,2,6,15+8,d+1,x+3,3+1,2+2,1l,2+1,4,2+2,1n+7,3+1,49+' +
  '2,2+c,2+6,5,7,4+1,5j+1r,ek+4,r+4,1e+4,2+9,2p+w,2db+2,3y,2p+v,nsg+3,2+9,x' +
  '+1,29+1,7l,4,5,q+1,6,48+1,r+h,e,13+7,q+a,1b+2,1d,3+3,3+1,14,1w+5,3+1,3+1' +
  ',d,9,1c,1g,2+2,3+1,6+1,2,17+1,9,6n,3,5,fn5,ki+f,h+f,5s,6y+2,ea,6b,46+4,1' +
  'af+2,2+1,6+3,15+2,5,4m+1,fy+3,1u+4,8u+1,26+5,1z+a,1e+3,3g,1j+e,16,3+1,b+' +
  '2,1e+3,3+1,3,5,b,1f+2,11+4,2+7,1r,d+1,1h+8,b+3,3,2o+2,3,2+1,7,3,4e,4+7,m' +
  '+1,1m+1,4,12+6,4+4,1z+5,e,2,2,f+1,2e+7,3+2,2,o,2d+5,2,5+1,2+1,6n+3,7+1,2' +
  '+1,s+1,2e+7,3,2+1,2z,2,3+5,2,2u,2,3+3,2+4,78+8,2+1,75+1,2,5,41+3,3+1,5,x' +
  '+9,15+5,3+3,9,a+5,3+2,1b+c,2+1,5j,2+2,2,5m+6,2+5,2,2b+l,3+6,2+1,2+1,3f+5' +
  ',4,2+1,2+6,2,21+1,4,2,9o+1,c+1,1h+4,6,2,o,446+g,7+e,8uh+b,4+2,1xd+4,1o+6' +
  ',t5,1s+3,f7v+1,2+3,3ml+19,3+m,f5+2,a+f,3+6,v+3,45+2,1j0+1i,5+1d,9,f,n+4,' +
  '2+e,11t+6,2+g,3+6,2+1,2+4,2t,4h+6,ag,1q+3,e5+3,73+1,6s,3,8+1,6,d7+6,32+6' +
  ',gzav,v+2n,3l+6n';
const kWideRanges =
  '3cw+2n,3i3+1,e+1,5b+3,4,3,ei+1,m+1,r+7,h+b,18,b+5,4,e,9+1,i+1,6+1,9,6,m,' +
  '8+1,2,5,3,8,5+1,t,10,2,5+2,2,1q+2,p,f,nw+1,1g,5,mj+p,2+2g,d+5x,r+26,3+2d' +
  ',3+2u,6+16,2+2l,2+2d,a+1b,2+13,9+mkc,4+1i,wq+s,hw+8mb,6l9+e7,lt+9,n+y,2+' +
  'i,2+3,46+2n,3k+6,m4a+4,c+6,a+5p1,16+v,2q+36,6pq+3,2+6,2+1,2+82,g,u+2,3,f' +
  '+3,9+az,603+1,2k+1,90+2e,a+m,5n2,5n,5b,3+9,24+s,e+17,5+8,8+1,f+5,4b+w,d+' +
  '8,2+1x,2+l,d+16,5+4,d+g,4,4+1y,2,2+56,3+1q,e+3,2+n,j,r+1,e,2f+2c,1d+1x,7' +
  ',4+2,3+3,4+3,c+1,8+8,6c+b,5,7w+1a,2+9,2+54,35+c,4+a,4+1k,2,5+f,3+b,5+9,z' +
  's+1ekd,3+1ekd';
let zeroWidthTable;
let wideTable;

function decodeRanges(encoded) {
  const table = [];
  let prev = 0;
  for (const part of encoded.split(',')) {
    const plus = part.indexOf('+');
    const start = prev + parseInt(plus === -1 ? part : part.slice(0, plus), 36);
    const end = plus === -1 ? start : start + parseInt(part.slice(plus + 1), 36);
    table.push(start, end);
    prev = end;
  }
  return table;
}

function inRanges(table, code) {
  let lo = 0;
  let hi = table.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < table[mid * 2]) {
      hi = mid - 1;
    } else if (code > table[mid * 2 + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

function codePointWidth(code) {
  if (code < 0x7f) return code >= 32 ? 1 : 0;
  if (zeroWidthTable === undefined) {
    zeroWidthTable = decodeRanges(kZeroWidthRanges);
    wideTable = decodeRanges(kWideRanges);
  }
  if (inRanges(zeroWidthTable, code)) return 0;
  return inRanges(wideTable, code) ? 2 : 1;
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

// Number of terminal columns `str` occupies.
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      ascii = false;
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  if (ascii) return width;
  width = 0;
  try {
    str = str.normalize('NFC');
  } catch {
    // normalize() may be unavailable; measure the string as is.
  }
  for (const char of str) width += codePointWidth(char.codePointAt(0));
  return width;
}

// ---------------------------------------------------------------------------
// util.format
// ---------------------------------------------------------------------------

// Whether `value.toString` is the one a built-in prototype provides.
function hasBuiltInToString(value) {
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy[0] === null || proxy[0] === undefined) return true;
    value = proxy[0];
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = getProto(pointer);
  } while (!hasOwn(pointer, 'toString'));
  const descriptor = getOwnDesc(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;

function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    // Learn the engine's wording for the circular structure error once.
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err && err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumber(stylizeNoColor, arg, false);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, false);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, false);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number(arg), false);
            }
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, false);
            } else if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') {
              tempStr = 'NaN';
            } else {
              tempStr = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            }
            break;
          }
          case 99: // 'c'
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default: // Not a placeholder.
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  stripVTControlCharacters,
  getStringWidth,
  isZeroWidthCodePoint,
  identicalSequenceRange,
};
