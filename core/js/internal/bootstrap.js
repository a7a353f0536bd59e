// internal/bootstrap — runs once per run, before the main module. Builds the module loader,
// the global scope (process, console, timers, queueMicrotask, structuredClone, …) and returns
// the hooks the Rust loop calls (runMain, onUncaught, processRejections, emitBeforeExit,
// emitExit, formatFatal).
//
// Evaluated as (function (binding, builtins) { … }) where `builtins(id)` is a module's source.
'use strict';

const ObjectDefineProperty = Object.defineProperty;
// The engine's own globals, before this adds Node's: internal/inspect's "built-in object" test.
ObjectDefineProperty(binding, 'intrinsicGlobalNames', { value: Object.getOwnPropertyNames(globalThis) });
const PUBLIC = new Set([
  'assert', 'assert/strict', 'console', 'events', 'path', 'path/posix', 'process', 'timers',
  'timers/promises', 'util', 'util/types', 'string_decoder', 'buffer', 'crypto', 'dns', 'dns/promises',
  'stream', 'stream/promises', 'stream/consumers', 'zlib', 'fs', 'fs/promises', 'os', 'v8', 'perf_hooks',
  'net', 'http', 'worker_threads', 'cluster', 'path/win32', 'url', 'querystring', 'punycode',
]);
// Builtins real Node has but loopscope does not implement (yet): a clear message instead of
// a confusing failure.
const NODE_BUILTINS = new Set([
  'async_hooks', 'child_process', 'dgram', 'diagnostics_channel',
  'domain', 'http2', 'https', 'inspector',
  'module', 'readline', 'repl',
  'stream/web', 'sys', 'tls', 'trace_events', 'tty', 'vm',
  'wasi', 'test',
]);

const cache = new Map();
const special = new Map();

function loadBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (special.has(id)) return special.get(id)();
  const src = builtins(id);
  if (src === undefined) throw new Error(`loopscope: missing builtin module '${id}'`);
  const module = { exports: {}, id, loaded: false };
  cache.set(id, module);
  const fn = binding.compileFunction(src, `node:${id}`, 'exports, require, module, binding');
  fn.call(module.exports, module.exports, loadBuiltin, module, binding);
  module.loaded = true;
  return module.exports;
}

// Natives that are easiest in JavaScript.
const FunctionPrototypeToString = Function.prototype.toString;
// boa prints class constructors as native code, so recognise them by shape: a user-defined
// function whose `prototype` is read-only is a class constructor.
binding.isClassConstructor = (fn) => {
  if (typeof fn !== 'function' || !binding.isOrdinaryFunction(fn)) return false;
  try {
    if (/^class\b/.test(FunctionPrototypeToString.call(fn))) return true;
  } catch {
    return false;
  }
  const desc = Object.getOwnPropertyDescriptor(fn, 'prototype');
  return desc !== undefined && desc.writable === false;
};
const nativeInternalType = binding.internalType;
const ObjectPrototypeToString = Object.prototype.toString;
binding.internalType = (v) => {
  const t = nativeInternalType(v);
  if (t === 'Object' && ObjectPrototypeToString.call(v) === '[object Arguments]' &&
      Object.getOwnPropertyDescriptor(v, 'callee') !== undefined) {
    return 'Arguments';
  }
  return t;
};

// Date reads the loop clock: Date.now() and new Date() bring virtual time up to date first, so
// busy-waits on Date.now() see time pass.
{
  const OrigDate = Date;
  const wallMs = binding.wallMs;
  const DateWrapper = function Date(...args) {
    if (new.target === undefined) return new OrigDate(wallMs()).toString();
    const target = new.target === DateWrapper ? OrigDate : new.target;
    if (args.length === 0) return Reflect.construct(OrigDate, [wallMs()], target);
    return Reflect.construct(OrigDate, args, target);
  };
  Object.defineProperty(DateWrapper, 'length', { value: 7 });
  DateWrapper.prototype = OrigDate.prototype;
  Object.defineProperty(OrigDate.prototype, 'constructor', { value: DateWrapper, writable: true, configurable: true, enumerable: false });
  for (const key of ['parse', 'UTC']) {
    Object.defineProperty(DateWrapper, key, { value: OrigDate[key], writable: true, configurable: true, enumerable: false });
  }
  Object.defineProperty(DateWrapper, 'now', { value: function now() { return wallMs(); }, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(DateWrapper, 'prototype', { writable: false, enumerable: false, configurable: false });
  Object.defineProperty(globalThis, 'Date', { value: DateWrapper, writable: true, configurable: true, enumerable: false });
}

// Virtual-clock runs repeat exactly: Math.random() comes from the run's seeded generator.
if (binding.deterministic) {
  const nativeRandom = binding.random;
  Object.defineProperty(Math, 'random', {
    value: function random() { return nativeRandom(); },
    writable: true, configurable: true, enumerable: false,
  });
}

const { codes: { ERR_INVALID_ARG_TYPE }, validateFunction } = loadBuiltin('internal/errors');
// internal/inspect loads when first needed (an error to print, an object to format): a run
// that prints only strings and numbers never parses it.
function inspect(value, opts) {
  return loadBuiltin('internal/inspect').inspect(value, opts);
}

// ---------------------------------------------------------------------------------------------
// process
const EventEmitter = loadBuiltin('events');

function ProcessCtor() {}
Object.setPrototypeOf(ProcessCtor.prototype, EventEmitter.prototype);
ObjectDefineProperty(ProcessCtor.prototype, Symbol.toStringTag, { value: 'process', writable: false, enumerable: false, configurable: true });
ObjectDefineProperty(ProcessCtor, 'name', { value: 'process' });
const process = new ProcessCtor();
EventEmitter.call(process);
special.set('process', () => process);

function hrtime(prev) {
  const ns = binding.hrtimeNs();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns - sec * 1e9;
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      throw new ERR_INVALID_ARG_TYPE('time', 'Array', prev);
    }
    sec -= prev[0];
    nsec -= prev[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
}
hrtime.bigint = () => binding.hrtimeBigint();

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}
memoryUsage.rss = () => binding.memoryUsage()[0];

const env = Object.create(null);
for (const [k, v] of binding.env) env[k] = v;
const envProxy = new Proxy(env, {
  set(target, key, value) { target[key] = String(value); return true; },
  defineProperty(target, key, desc) {
    if ('value' in desc) desc = { ...desc, value: String(desc.value) };
    return Reflect.defineProperty(target, key, desc);
  },
});

let exitCodeValue;
let warnedTraceHint = false;
const streams = [];
function makeStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
    binding.write(fd, text);
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  // What internal/streams/writable needs to turn this emitter into a real Writable when the
  // stream machinery first loads (console alone never pays for it).
  Object.defineProperty(stream, Symbol.for('loopscope.stdio'), { value: { write: stream.write, end: stream.end } });
  stream.columns = undefined;
  stream.hasColors = () => false;
  stream.getColorDepth = () => 1;
  streams.push(stream);
  return stream;
}

const versions = {
  node: binding.nodeVersion.slice(1), acorn: '8.14.0', ada: '2.9.2', ares: '1.34.5',
  brotli: '1.1.0', cjs_module_lexer: '1.4.1', cldr: '46.0', icu: '76.1', llhttp: '8.1.2',
  modules: '115', napi: '10', nghttp2: '1.64.0', openssl: '3.0.15+quic', simdutf: '6.0.3',
  tz: '2025a', undici: '6.21.2', unicode: '16.0', uv: '1.46.0', uvwasi: '0.0.21',
  v8: '11.3.244.8-node.26', zlib: '1.3.0.1-motley-82a5fec',
};

const processProps = {
  title: 'node',
  version: binding.nodeVersion,
  versions,
  arch: 'x64',
  platform: 'linux',
  release: { name: 'node', lts: 'Iron' },
  execPath: '/usr/local/bin/node',
  execArgv: [],
  pid: binding.pid()[0],
  ppid: binding.pid()[1],
  env: envProxy,
  config: { variables: {} },
  features: { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true },
  hrtime,
  memoryUsage,
  nextTick,
  exit,
  reallyExit: (code) => binding.reallyExit(code),
  abort() { binding.reallyExit(134); },
  kill() { return true; },
  cwd: () => binding.cwd,
  chdir() { throw new Error('process.chdir() is not supported in loopscope'); },
  umask: () => 0o22,
  uptime: () => binding.performanceNow() / 1000,
  cpuUsage: () => { const us = Math.round(binding.performanceNow() * 1000); return { user: us, system: 0 }; },
  resourceUsage: () => ({}),
  getuid: () => 1000, geteuid: () => 1000, getgid: () => 1000, getegid: () => 1000,
  emitWarning,
  binding() { throw new Error('No such module'); },
  _exiting: false,
  stdout: makeStream(1),
  stderr: makeStream(2),
};
for (const key of Object.keys(processProps)) {
  ObjectDefineProperty(process, key, {
    value: processProps[key], writable: true, configurable: true, enumerable: key !== 'reallyExit' && key !== '_exiting',
  });
}
process.stdin = new EventEmitter();
process.stdin.fd = 0;
process.stdin.isTTY = false;
ObjectDefineProperty(process, 'exitCode', {
  get() { return exitCodeValue; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        throw new ERR_INVALID_ARG_TYPE('code', 'integer', code);
      }
    }
    exitCodeValue = code;
  },
  enumerable: true, configurable: false,
});

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  binding.queueTick(callback, args.length === 0 ? undefined : args);
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  binding.reallyExit(process.exitCode || 0);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor; code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type; code = undefined; type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') { ctor = code; code = undefined; }
  else if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(doEmitWarning, warning);
}
function doEmitWarning(warning) { process.emit('warning', warning); }

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!warnedTraceHint) {
    warnedTraceHint = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  binding.write(2, `${msg}\n`);
}
process.on('warning', onWarning);

globalThis.process = process;
ObjectDefineProperty(globalThis, 'global', { value: globalThis, writable: true, configurable: true, enumerable: false });

// ---------------------------------------------------------------------------------------------
// Error stacks: boa keeps only frames; Node's `stack` starts with "Name: message".
const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
const mainPathRef = { path: '', source: '', lineOffset: 1 };
function fixFrames(frames) {
  if (typeof frames !== 'string' || frames === '') return '';
  const lines = frames.replace(/\s+$/, '').split('\n');
  const out = [];
  for (const line of lines) {
    if (line.includes('node:internal/')) continue;
    out.push(line.replace(/:(\d+):(\d+)\)?$/, (m, l, c) => {
      const adj = line.includes(mainPathRef.path) && mainPathRef.path ? Math.max(1, l - mainPathRef.lineOffset) : l;
      return m.replace(`:${l}:${c}`, `:${adj}:${c}`);
    }));
  }
  // Frames below the user's code are loopscope's own (module wrapper, Function#call).
  while (out.length > 1 && out[out.length - 1].endsWith('(native)')) out.pop();
  return out.join('\n');
}
function errorHeader(err) {
  let name; let message;
  try { name = err.name; } catch { name = 'Error'; }
  try { message = err.message; } catch { message = ''; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}
if (stackDesc && stackDesc.get) {
  const origGet = stackDesc.get;
  ObjectDefineProperty(Error.prototype, 'stack', {
    get() {
      let frames;
      try { frames = origGet.call(this); } catch { frames = undefined; }
      if (frames === undefined) return undefined;
      const fixed = fixFrames(frames);
      return fixed ? `${errorHeader(this)}\n${fixed}` : errorHeader(this);
    },
    set(value) {
      ObjectDefineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
    },
    configurable: true,
    enumerable: false,
  });
}
if (typeof Error.captureStackTrace !== 'function') {
  ObjectDefineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      if (obj === null || typeof obj !== 'object') {
        throw new ERR_INVALID_ARG_TYPE('targetObject', 'object', obj);
      }
      let frames = fixFrames(stackDesc && stackDesc.get ? stackDesc.get.call(new Error()) : '');
      // V8 drops every frame above and including the last call of `fn` (none when fn is not on
      // the stack). Frames carry names only, so an anonymous fn drops nothing.
      if (typeof fn === 'function' && fn.name) {
        const lines = frames.split('\n');
        const at = lines.findIndex((l) => { const m = /^\s*at (?:new )?([^ (]+)/.exec(l); return m && (m[1] === fn.name || m[1].endsWith(`.${fn.name}`)); });
        frames = lines.slice(at + 1 || lines.length).join('\n');
      }
      ObjectDefineProperty(obj, 'stack', {
        value: frames ? `${errorHeader(obj)}\n${frames}` : errorHeader(obj),
        writable: true, configurable: true, enumerable: false,
      });
    },
    writable: true, configurable: true, enumerable: false,
  });
}
if (Error.stackTraceLimit === undefined) Error.stackTraceLimit = 10;

// ---------------------------------------------------------------------------------------------
// Promise.any with V8's errors. boa's own rejects with a differently worded AggregateError, so
// this follows the spec's steps (ECMA-262 27.2.4.3) with the same reactions, and so the same
// microtask order, and V8's messages: "All promises were rejected" with a stack of the header
// alone, and V8's "is not iterable" TypeError.
function notIterableMessage(v) {
  let what;
  if (v === null) what = 'object null';
  else if (typeof v === 'number' || typeof v === 'boolean') what = `${typeof v} ${String(v)}`;
  else what = typeof v;
  return `${what} is not iterable (cannot read property Symbol(Symbol.iterator))`;
}
function allRejected(errors) {
  const err = new AggregateError(errors, 'All promises were rejected');
  ObjectDefineProperty(err, 'stack', {
    value: 'AggregateError: All promises were rejected', writable: true, configurable: true, enumerable: false,
  });
  return err;
}
const promiseAny = {
  any(iterable) {
    const C = this;
    if ((typeof C !== 'object' && typeof C !== 'function') || C === null) {
      throw new TypeError('Promise.any called on non-object');
    }
    let resolve; let reject;
    const promise = new C((res, rej) => {
      if (resolve !== undefined || reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
      resolve = res; reject = rej;
    });
    if (typeof resolve !== 'function' || typeof reject !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
    const errors = [];
    let remaining = 1;
    try {
      const promiseResolve = C.resolve;
      if (typeof promiseResolve !== 'function') throw new TypeError('Promise resolve or reject function is not callable');
      if (iterable === null || iterable === undefined || typeof iterable[Symbol.iterator] !== 'function') {
        throw new TypeError(notIterableMessage(iterable));
      }
      let index = 0;
      for (const value of iterable) {
        const next = promiseResolve.call(C, value);
        const at = index++;
        errors.push(undefined);
        remaining++;
        let called = false;
        next.then(resolve, (reason) => {
          if (called) return;
          called = true;
          errors[at] = reason;
          if (--remaining === 0) reject(allRejected(errors));
        });
      }
      if (--remaining === 0) reject(allRejected(errors));
    } catch (e) {
      reject(e);
    }
    return promise;
  },
}.any;
ObjectDefineProperty(Promise, 'any', { value: promiseAny, writable: true, configurable: true, enumerable: false });

// ---------------------------------------------------------------------------------------------
// Timers, immediates, microtasks
const timers = loadBuiltin('internal/timers');
const globalsFromTimers = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate'];
for (const name of globalsFromTimers) {
  ObjectDefineProperty(globalThis, name, { value: timers[name], writable: true, configurable: true, enumerable: true });
}
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  binding.queueMicrotask(callback);
}
ObjectDefineProperty(globalThis, 'queueMicrotask', { value: queueMicrotask, writable: true, configurable: true, enumerable: true });

// ---------------------------------------------------------------------------------------------
// Console and the other globals
const consoleObj = loadBuiltin('internal/console');
ObjectDefineProperty(globalThis, 'console', { value: consoleObj, writable: true, configurable: true, enumerable: false });
special.set('console', () => consoleObj);

loadBuiltin('internal/globals');

// Buffer is a global in Node; the module is loaded when it is first touched. (The accessor
// stays: replacing it by a data property confuses boa's cached global lookups.)
{
  let bufferGlobal;
  let loaded = false;
  ObjectDefineProperty(globalThis, 'Buffer', {
    get() {
      if (!loaded) {
        loaded = true;
        bufferGlobal = loadBuiltin('buffer').Buffer;
      }
      return bufferGlobal;
    },
    set(value) {
      loaded = true;
      bufferGlobal = value;
    },
    configurable: true,
    enumerable: false,
  });
}

// ---------------------------------------------------------------------------------------------
// The main module and require()
function makeRequireStackError(request, parentPath) {
  const lines = [`Cannot find module '${request}'`, 'Require stack:', `- ${parentPath}`];
  const err = new Error(lines.join('\n'));
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = [parentPath];
  return err;
}

function makeRequire(mod) {
  function require(id) {
    if (typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE('id', 'string', id);
    if (id === '') {
      const err = new TypeError("The argument 'id' must be a non-empty string. Received ''");
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (PUBLIC.has(bare)) {
      if (bare === 'assert/strict') return loadBuiltin('assert').strict;
      if (bare === 'path/posix') return loadBuiltin('path');
      if (bare === 'path/win32') return loadBuiltin('path').win32;
      if (bare === 'util/types') return loadBuiltin('util').types;
      return loadBuiltin(bare);
    }
    if (id.startsWith('node:')) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      if (NODE_BUILTINS.has(bare)) err.message += `\nloopscope: the Node builtin '${bare}' is not available in loopscope yet.`;
      throw err;
    }
    const err = makeRequireStackError(id, mod.filename);
    if (NODE_BUILTINS.has(bare)) {
      err.message += `\nloopscope: the Node builtin '${bare}' is not available in loopscope yet.`;
    }
    throw err;
  }
  require.resolve = (id) => {
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (PUBLIC.has(bare)) return bare;
    throw makeRequireStackError(id, mod.filename);
  };
  require.cache = Object.create(null);
  require.main = mod;
  return require;
}

class Module {
  constructor(id, parent) {
    this.id = id;
    this.path = '';
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    ObjectDefineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
  }
}

// fn === null: an ES main module; only the bookkeeping runs here.
function runMain(fn, filename, source) {
  // The VFS holds the running script at its own path, like the disk does for node.
  try { binding.fsSeed(filename, source); } catch { /* a path the VFS cannot hold */ }
  mainPathRef.path = filename;
  mainPathRef.source = source;
  mainPathRef.lineOffset = fn === null ? 0 : 1;
  // A cluster worker process sets up its side of the cluster (and process.send) first.
  if (process.env.NODE_UNIQUE_ID !== undefined) loadBuiltin('cluster');
  const dirname = filename.includes('/') ? filename.slice(0, filename.lastIndexOf('/')) || '/' : '.';
  const mod = new Module('.', null);
  mod.filename = filename;
  mod.path = dirname;
  const dirs = [];
  let d = dirname;
  for (;;) {
    dirs.push(`${d === '/' ? '' : d}/node_modules`);
    if (d === '/' || d === '.' || d === '') break;
    d = d.slice(0, d.lastIndexOf('/')) || '/';
  }
  mod.paths = dirs;
  const require = makeRequire(mod);
  process.argv = ['/usr/local/bin/node', filename, ...binding.argv];
  if (fn === null) return;
  process.mainModule = mod;
  fn.call(mod.exports, mod.exports, require, mod, filename, dirname);
  mod.loaded = true;
}

// ---------------------------------------------------------------------------------------------
// Uncaught exceptions and unhandled rejections (Node's lib/internal/process/execution.js and
// lib/internal/process/promises.js, default 'throw' mode).
function noop() {}

function onUncaught(err, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (!process.emit('uncaughtException', err, type)) {
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // Nothing to be done about it at this point.
    }
    return false;
  }
  // Make sure queued ticks get processed: the next check phase is not empty.
  timers.setImmediate(noop);
  return true;
}

const maybeUnhandled = new WeakMap();
let pendingUnhandled = [];
let lastPromiseId = 0;
const asyncHandled = [];

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${inspect(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
ObjectDefineProperty(UnhandledPromiseRejection.prototype, 'name', { value: 'UnhandledPromiseRejection', configurable: true, writable: true });

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

// events: array of [op, promise]; op 0 = rejected without handler, 1 = handler added later.
// Returns [maybeScheduledMore, fatalError, hasFatal].
function processRejections(events) {
  for (const [op, promise] of events) {
    if (op === 0) {
      maybeUnhandled.set(promise, { reason: binding.getPromiseResult(promise), uid: ++lastPromiseId, warned: false });
      pendingUnhandled.push(promise);
    } else {
      const info = maybeUnhandled.get(promise);
      if (info !== undefined) {
        maybeUnhandled.delete(promise);
        if (info.warned) asyncHandled.push({ promise, uid: info.uid });
      }
    }
  }
  let more = asyncHandled.length > 0;
  while (asyncHandled.length > 0) {
    const { promise, uid } = asyncHandled.shift();
    if (!process.emit('rejectionHandled', promise)) {
      const w = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
      w.name = 'PromiseRejectionHandledWarning';
      w.id = uid;
      process.emitWarning(w);
    }
  }
  let len = pendingUnhandled.length;
  while (len--) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason } = info;
    const handled = process.emit('unhandledRejection', reason, promise);
    if (!handled) {
      const err = isErrorLike(reason) || reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
      return [true, err, true];
    }
    more = true;
  }
  return [more || pendingUnhandled.length !== 0, undefined, false];
}

function emitBeforeExit() {
  if (process._exiting) return false;
  return process.emit('beforeExit', process.exitCode || 0);
}

function emitExit() {
  const code = process.exitCode || 0;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', code);
  }
  return process.exitCode || 0;
}

function formatFatal(err, full) {
  let text;
  try {
    // node's fatal-exception printer: no custom inspect, at least 5 levels deep; the hint only
    // for primitives.
    const isErr = err instanceof Error || isErrorLike(err);
    if (isErr && !full) return errorHeader(err);
    const opts = { customInspect: false, depth: Math.max(loadBuiltin('internal/inspect').inspect.defaultOptions.depth, 5) };
    if (isErr) {
      text = inspect(err, opts);
    } else {
      text = inspect(err, opts);
      if (full && (err === null || (typeof err !== 'object' && typeof err !== 'function'))) {
        text += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
      }
    }
  } catch {
    text = String(err);
  }
  return full ? `${sourceContext(err)}${text}` : text;
}

// "file:line\n<source line>\n    ^\n\n" for the innermost frame of the main module, as node
// prints above an uncaught error.
function sourceContext(err) {
  let stack;
  try { stack = err !== null && typeof err === 'object' ? err.stack : undefined; } catch { stack = undefined; }
  const path = mainPathRef.path;
  if (typeof stack !== 'string' || !path) return '';
  for (const line of stack.split('\n')) {
    const i = line.indexOf(`${path}:`);
    if (i === -1) continue;
    const m = /^(\d+):(\d+)/.exec(line.slice(i + path.length + 1));
    if (!m) continue;
    const lineNo = +m[1];
    const col = +m[2];
    const src = (mainPathRef.source || '').split('\n')[lineNo - 1];
    if (src === undefined) return '';
    return `${path}:${lineNo}\n${src}\n${' '.repeat(Math.max(0, col - 1))}^\n\n`;
  }
  return '';
}

// `import x from 'node:events'` in an ES main module.
function importBuiltin(specifier) {
  const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  if (PUBLIC.has(bare)) return makeRequire({ filename: mainPathRef.path })(bare);
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:')) {
    const err = new Error(`Cannot find module '${specifier}' imported from ${mainPathRef.path}` +
      '\nloopscope: importing files is not supported; a snippet is a single module.');
    err.code = 'ERR_MODULE_NOT_FOUND';
    throw err;
  }
  const err = new Error(`Cannot find package '${specifier}' imported from ${mainPathRef.path}` +
    (NODE_BUILTINS.has(bare) ? `\nloopscope: the Node builtin '${bare}' is not available in loopscope yet.` : ''));
  err.code = 'ERR_MODULE_NOT_FOUND';
  throw err;
}

// A worker's uncaught value, cloned for its parent's 'error' event.
function serializeThrown(v) {
  const { serialize } = loadBuiltin('internal/worker_serialize');
  try { return serialize(v, undefined, true); } catch { return serialize(String(v)); }
}

return { runMain, importBuiltin, onUncaught, processRejections, emitBeforeExit, emitExit, formatFatal, serializeThrown };
