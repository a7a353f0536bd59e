// core/js/test/buffer.test.js — Node-oracle tests for core/js/buffer.js and
// core/js/string_decoder.js.  Every case runs once against loopscope's modules (loaded with
// the runtime's module contract; internal/errors and internal/inspect are loopscope's own
// files, inspect's `binding` shimmed from Node's internals) and once against Node's real
// `buffer` / `string_decoder` / `util.inspect`; the described results must be identical.
// A seeded fuzz pass then compares encoders, decoders and StringDecoder on random input.
//
//   node core/js/test/buffer.test.js [-v] [filter]
//   node core/js/test/buffer.test.js --engine [--cli=target/debug/loopscope] [filter]
'use strict';

if (!process.execArgv.includes('--expose-internals')) {
  const { status } = require('child_process').spawnSync(
    process.execPath, ['--expose-internals', '--no-warnings', __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(status === null ? 1 : status);
}

const fs = require('fs');
const nodePath = require('path');
const vm = require('vm');
const nodeUtil = require('util');
const { internalBinding } = require('internal/test/binding');
const nativeUtil = internalBinding('util');
const types = nodeUtil.types;

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filter = args.filter((a) => !a.startsWith('-'))[0];

// ---------------------------------------------------------------------------
// Loader (the runtime's module contract)
// ---------------------------------------------------------------------------
const JS_ROOT = nodePath.join(__dirname, '..');
const FILES = {
  'internal/errors': 'internal/errors.js',
  'internal/inspect': 'internal/inspect.js',
  'internal/encoding': 'internal/encoding.js',
  buffer: 'buffer.js',
  string_decoder: 'string_decoder.js',
};

const inspectBinding = {
  getPromiseState(p) { return nativeUtil.getPromiseDetails(p)[0]; },
  getPromiseResult(p) { return nativeUtil.getPromiseDetails(p)[1]; },
  getProxyDetails(v) { return nativeUtil.getProxyDetails(v, true); },
  isClassConstructor(fn) { return Function.prototype.toString.call(fn).startsWith('class'); },
  internalType(v) {
    if (types.isProxy(v)) return 'Proxy';
    if (types.isPromise(v)) return 'Promise';
    if (types.isMap(v)) return 'Map';
    if (types.isSet(v)) return 'Set';
    if (types.isWeakMap(v)) return 'WeakMap';
    if (types.isWeakSet(v)) return 'WeakSet';
    if (types.isDate(v)) return 'Date';
    if (types.isRegExp(v)) return 'RegExp';
    if (types.isNativeError(v)) return 'Error';
    if (types.isArrayBuffer(v)) return 'ArrayBuffer';
    if (types.isSharedArrayBuffer(v)) return 'SharedArrayBuffer';
    if (types.isDataView(v)) return 'DataView';
    if (types.isTypedArray(v)) return 'TypedArray';
    if (types.isMapIterator(v)) return 'MapIterator';
    if (types.isSetIterator(v)) return 'SetIterator';
    if (types.isGeneratorObject(v)) return 'Generator';
    if (types.isNumberObject(v)) return 'BoxedNumber';
    if (types.isStringObject(v)) return 'BoxedString';
    if (types.isBooleanObject(v)) return 'BoxedBoolean';
    if (types.isBigIntObject(v)) return 'BoxedBigInt';
    if (types.isSymbolObject(v)) return 'BoxedSymbol';
    if (types.isArgumentsObject(v)) return 'Arguments';
    if (typeof v === 'function') return 'Function';
    return 'Object';
  },
  previewEntries(it) { return nativeUtil.previewEntries(it, true); },
};

const fakeProcess = { warnings: [], emitWarning(...a) { this.warnings.push(a); } };
let externalAllocated = 0;
const bufferBinding = {
  externalAllocated(arrayBuffer, n) {
    if (arrayBuffer instanceof ArrayBuffer && arrayBuffer.byteLength >= n) externalAllocated += n;
  },
};

function createLoader() {
  const cache = new Map();
  function req(id) {
    if (cache.has(id)) return cache.get(id).exports;
    const file = FILES[id];
    if (!file) throw new Error(`loader: unknown builtin module '${id}'`);
    const filename = nodePath.join(JS_ROOT, file);
    const src = fs.readFileSync(filename, 'utf8');
    const fn = vm.runInThisContext(
      `(function (exports, require, module, binding, process) {${src}\n})`, { filename });
    const module = { exports: {} };
    cache.set(id, module);
    const binding = id === 'internal/inspect' ? inspectBinding : id === 'buffer' ? bufferBinding : {};
    fn.call(module.exports, module.exports, req, module, binding, fakeProcess);
    return module.exports;
  }
  return req;
}

const req = createLoader();
const ours = {
  ...req('buffer'),
  StringDecoder: req('string_decoder').StringDecoder,
  inspect: req('internal/inspect').inspect,
  mod: req('buffer'),
  isOurs: true,
};
const externalAtLoad = externalAllocated;
const theirs = {
  ...require('buffer'),
  StringDecoder: require('string_decoder').StringDecoder,
  inspect: nodeUtil.inspect,
  mod: require('buffer'),
  isOurs: false,
};

// ---------------------------------------------------------------------------
// Describing results
// ---------------------------------------------------------------------------
function hexOf(view) {
  const b = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let s = '';
  for (let i = 0; i < b.length; i++) s += b[i].toString(16).padStart(2, '0');
  return s;
}

function describeError(e) {
  const ctor = e.constructor && e.constructor.name;
  // Errors raised by the engine itself (no code) differ in wording between engines; when
  // LOOSE (engine runs) only their class is compared.
  if (!e.code && LOOSE) return `THROW ctor=${ctor} (engine error)`;
  let stack0 = typeof e.stack === 'string' ? e.stack.split('\n')[0] : String(e.stack);
  if (!e.code) stack0 = '';
  return `THROW ctor=${ctor} name=${e.name} code=${e.code} message=${JSON.stringify(e.message)} ` +
    `str=${JSON.stringify(String(e))} stack0=${JSON.stringify(stack0)} keys=${Object.keys(e).join(',')}` +
    ` TE=${e instanceof TypeError} RE=${e instanceof RangeError}`;
}

function describe(v, depth = 0) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'string': return JSON.stringify(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'symbol': return String(v);
    case 'function': return `[Function ${v.name}]`;
    default: break;
  }
  if (depth > 5) return '...';
  if (ArrayBuffer.isView(v)) {
    const tag = Object.prototype.toString.call(v);
    const ctor = v.constructor && v.constructor.name;
    return `${tag}<${ctor}>(${v.length})${hexOf(v)}`;
  }
  const otag = Object.prototype.toString.call(v);
  if (otag === '[object ArrayBuffer]' || otag === '[object SharedArrayBuffer]') {
    return `ArrayBuffer(${v.byteLength})${hexOf(new Uint8Array(v))}`;
  }
  if (v instanceof Error) return describeError(v);
  if (Array.isArray(v)) return `[${v.map((x) => describe(x, depth + 1)).join(', ')}]`;
  const keys = Object.keys(v);
  return `{${keys.map((k) => `${k}: ${describe(v[k], depth + 1)}`).join(', ')}}`;
}

let LOOSE = false;

function run(fn, M) {
  try {
    return describe(fn(M.Buffer, M));
  } catch (e) {
    return describe(e);
  }
}

// Makes both pools start over so byteOffset values are comparable.
function freshPool(B) {
  let b;
  do { b = B.allocUnsafe(1); } while (b.byteOffset !== 0);
}

// ---------------------------------------------------------------------------
// Cases.  Self-contained apart from the helpers above and `env`, so the engine run can
// embed its source.  T(name, fn): fn(Buffer, M) with M the module under test.
// ---------------------------------------------------------------------------
function defineCases(T, env) {

const STRINGS = [
  '', 'a', 'hello world', 'héllo', '€', '😀', 'a😀b', '\ud800', '\udc00', 'x\ud800y', '\ud83d',
  '\ud800\ud800', '\udc00\ud800', '\u0000\u007f\u0080\u00ff\u0100', 'Ā', '日本語', '\ufeffbom',
  'AQID', 'AQI=', 'AQ==', 'AQ', 'A', 'QUJD\nREVG', 'QU JD', ' QUJD ', 'QUJD=QUJD', 'QQ==QQ==',
  '-_-_', '+/+/', 'a-b_c', 'SGVsbG8gV29ybGQ', 'SGVsbG8gV29ybGQ=', '00ff', 'abc', 'ABCDEF', 'zz',
  '0g', '1', 'deadbeef', 'DeAdBeEf', 'de ad', '\u0141\u0142\u0143\u0144', '\u0130', '==', '=',
  'QUJD\u013dQUJD', '\u00e9\u00e8',
];
const ENCODINGS = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'UTF-16LE', 'latin1', 'binary',
                   'ascii', 'base64', 'base64url', 'hex', 'Hex', 'BASE64'];

for (const enc of ENCODINGS) {
  for (const s of STRINGS) {
    T(`from(${JSON.stringify(s)}, ${enc})`, (B) => B.from(s, enc));
  }
}
for (const enc of [...ENCODINGS, 'xyz', undefined, '']) {
  for (const s of STRINGS.slice(0, 30)) {
    T(`byteLength(${JSON.stringify(s)}, ${enc})`, (B) => B.byteLength(s, enc));
  }
}

const BYTES = [
  [], [0x61], [0xff], [0x80], [0xc3, 0xa9], [0xc3], [0xe2, 0x82, 0xac], [0xe2, 0x82], [0xe2],
  [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf0, 0x9f], [0xed, 0xa0, 0x80], [0xc0, 0xaf],
  [0xe0, 0x80, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe, 0xff],
  [0xef, 0xbb, 0xbf, 0x61], [0x00, 0x7f, 0x80, 0xff], [0x61, 0xe2, 0x28, 0xa1], [0xe0, 0xa0],
  [0x61, 0x62, 0x63], [0, 1, 2, 3, 4, 5, 6, 7, 8], [0x61, 0x00, 0x62], [0x3d, 0xd8, 0x00, 0xde],
  [0x00, 0xd8], [0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80], [0xf1, 0x80, 0x80, 0xe1, 0x80, 0xc2],
  [0xfb, 0xff], [0x41, 0xc3, 0x41],
];
for (const enc of [...ENCODINGS, undefined]) {
  for (const bytes of BYTES) {
    T(`toString(${enc}) [${bytes}]`, (B) => B.from(bytes).toString(enc));
  }
}
for (const [start, end] of [[1, undefined], [0, 2], [-1, 2], [1.5, 3.9], ['1', '3'], [NaN, NaN],
                            [undefined, 2], [2, 1], [10, 20], [0, 100], [null, null], [Infinity, -Infinity]]) {
  T(`toString('utf8', ${start}, ${end})`, (B) => B.from('héllo wörld').toString('utf8', start, end));
  T(`toString('hex', ${start}, ${end})`, (B) => B.from('héllo wörld').toString('hex', start, end));
}
T('toString unknown encoding', (B) => B.from('abc').toString('xyz'));
T('toString unknown encoding, empty buffer', (B) => B.alloc(0).toString('xyz'));
T('toString unknown encoding, empty range', (B) => B.from('abc').toString('xyz', 2, 1));
T('toString null encoding', (B) => B.from('abc').toString(null));
T('toString array encoding', (B) => B.from('abc').toString(['hex']));
T('toLocaleString', (B) => [B.prototype.toLocaleString === B.prototype.toString, B.from('hi').toLocaleString('hex')]);
T('utf8Slice', (B) => B.from('héllo').utf8Slice(1, 3));
T('latin1Slice oob', (B) => B.from('héllo').latin1Slice(2, 100));
T('hexSlice reversed', (B) => B.from('héllo').hexSlice(4, 2));
T('base64Slice start past end', (B) => B.from('héllo').base64Slice(10));
T('asciiSlice negative', (B) => B.from('héllo').asciiSlice(-1));
T('ucs2Slice empty buffer', (B) => B.alloc(0).ucs2Slice(5, 1));
T('utf8Write', (B) => { const b = B.alloc(6); return [b.utf8Write('héllo', 1, 3), b]; });
T('hexWrite offset oob', (B) => B.alloc(4).hexWrite('abcd', 5));
T('latin1Write negative length', (B) => B.alloc(4).latin1Write('abcd', 0, -1));
T('base64urlWrite', (B) => { const b = B.alloc(6); return [b.base64urlWrite('_-_-', 2), b]; });
T('asciiWrite non-string', (B) => B.alloc(4).asciiWrite(5));

// Buffer.from variants
T('from array', (B) => B.from([1, 2, 3, 256, -1, 1.7, 'a', '7', null, undefined, NaN]));
T('from array-like', (B) => B.from({ length: 3, 0: 1, 1: 2 }));
T('from array-like string length', (B) => B.from({ length: '3', 0: 1 }));
T('from array-like fractional length', (B) => B.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }));
T('from array-like negative length', (B) => B.from({ length: -1 }));
T('from array-like NaN length', (B) => B.from({ length: NaN }));
T('from {buffer: ArrayBuffer}', (B) => B.from({ buffer: new ArrayBuffer(4) }));
T('from JSON shape', (B) => B.from({ type: 'Buffer', data: [1, 2, 3] }));
T('from JSON roundtrip', (B) => B.from(JSON.parse(JSON.stringify(B.from('hey')))));
T('from Uint16Array', (B) => B.from(new Uint16Array([1, 256, 513])));
T('from Float64Array', (B) => B.from(new Float64Array([1.5, 300, -2])));
T('from Buffer copies', (B) => { const a = B.from('abc'); const b = B.from(a); b[0] = 0x7a; return [a, b]; });
T('from ArrayBuffer shares', (B) => { const ab = new ArrayBuffer(4); const b = B.from(ab); b[0] = 9; return [new Uint8Array(ab), b.buffer === ab]; });
T('from ArrayBuffer offset', (B) => B.from(new Uint8Array([1, 2, 3, 4]).buffer, 1));
T('from ArrayBuffer offset+len', (B) => B.from(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
T('from ArrayBuffer offset string', (B) => B.from(new Uint8Array([1, 2, 3, 4]).buffer, '2'));
T('from ArrayBuffer offset NaN', (B) => B.from(new Uint8Array([1, 2, 3, 4]).buffer, 'x', 2));
T('from ArrayBuffer offset oob', (B) => B.from(new ArrayBuffer(4), 5));
T('from ArrayBuffer length oob', (B) => B.from(new ArrayBuffer(4), 1, 4));
T('from ArrayBuffer length negative', (B) => B.from(new ArrayBuffer(4), 1, -4));
T('from ArrayBuffer length fractional', (B) => B.from(new Uint8Array([1, 2, 3, 4]).buffer, 0, 2.5));
T('from SharedArrayBuffer', (B) => { const sab = new SharedArrayBuffer(3); new Uint8Array(sab)[1] = 5; return B.from(sab); });
T('from String object', (B) => B.from(new String('abc')));
T('from String object + encoding', (B) => B.from(new String('616263'), 'hex'));
T('from valueOf object', (B) => B.from({ valueOf() { return 'xyz'; } }));
T('from valueOf array', (B) => B.from({ valueOf() { return [1, 2]; } }));
T('from toPrimitive', (B) => B.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
T('from toPrimitive + encoding', (B) => B.from({ [Symbol.toPrimitive](hint) { return hint === 'string' ? 'ffee' : 1; } }, 'hex'));
T('from toPrimitive number', (B) => B.from({ [Symbol.toPrimitive]() { return 5; } }));
T('from number', (B) => B.from(5));
T('from null', (B) => B.from(null));
T('from undefined', (B) => B.from());
T('from boolean', (B) => B.from(true));
T('from symbol', (B) => B.from(Symbol('s')));
T('from function', (B) => B.from(function f() {}));
T('from plain object', (B) => B.from({ a: 1 }));
T('from null-proto object', (B) => B.from(Object.create(null)));
T('from string unknown encoding', (B) => B.from('abc', 'nope'));
T('from empty string unknown encoding', (B) => B.from('', 'nope'));
T('from string numeric encoding', (B) => B.from('abc', 5));
T('from string empty encoding', (B) => B.from('abc', ''));
T('from DataView', (B) => B.from(new DataView(new Uint8Array([1, 2]).buffer)));
T('Buffer.of', (B) => B.of(1, 2, 300, -1, 'a'));
T('Buffer.of empty', (B) => B.of());
T('copyBytesFrom', (B) => B.copyBytesFrom(new Uint16Array([0x0102, 0x0304, 0x0506]), 1));
T('copyBytesFrom len', (B) => B.copyBytesFrom(new Uint16Array([0x0102, 0x0304, 0x0506]), 0, 2));
T('copyBytesFrom past end', (B) => B.copyBytesFrom(new Uint8Array([1, 2]), 5));
T('copyBytesFrom empty', (B) => B.copyBytesFrom(new Uint8Array(0)));
T('copyBytesFrom bad view', (B) => B.copyBytesFrom([1, 2]));
T('copyBytesFrom bad offset', (B) => B.copyBytesFrom(new Uint8Array(4), -1));
T('copyBytesFrom bad length', (B) => B.copyBytesFrom(new Uint8Array(4), 0, 1.5));
T('copyBytesFrom independent', (B) => { const u = new Uint8Array([1, 2]); const b = B.copyBytesFrom(u); u[0] = 9; return b; });

// alloc & friends
T('alloc', (B) => B.alloc(5));
T('alloc fill number', (B) => B.alloc(5, 7));
T('alloc fill string', (B) => B.alloc(5, 'ab'));
T('alloc fill string enc', (B) => B.alloc(5, 'aGk=', 'base64'));
T('alloc fill hex', (B) => B.alloc(5, 'abc', 'hex'));
T('alloc fill bad hex', (B) => B.alloc(5, 'zz', 'hex'));
T('alloc fill bad encoding', (B) => B.alloc(5, 'ab', 'nope'));
T('alloc fill numeric encoding', (B) => B.alloc(5, 'ab', 5));
T('alloc fill buffer', (B) => B.alloc(5, B.from([1, 2])));
T('alloc fill empty buffer', (B) => B.alloc(5, B.alloc(0)));
T('alloc fill 0', (B) => B.alloc(3, 0));
T('alloc fill size 0', (B) => B.alloc(0, 'x'));
T('alloc fill utf8 multibyte', (B) => B.alloc(5, 'é'));
T('alloc fill boolean', (B) => B.alloc(3, true));
T('alloc fill object', (B) => B.alloc(3, { valueOf() { return 258; } }));
T('alloc fill Uint16Array', (B) => B.alloc(5, new Uint16Array([0x0102])));
T('alloc negative', (B) => B.alloc(-1));
T('alloc NaN', (B) => B.alloc(NaN));
T('alloc string', (B) => B.alloc('5'));
T('alloc too big', (B) => B.alloc(2 ** 32 + 1));
T('alloc fractional', (B) => B.alloc(2.5));
T('alloc undefined', (B) => B.alloc());
T('allocUnsafe length', (B) => B.allocUnsafe(10).length);
T('allocUnsafe negative', (B) => B.allocUnsafe(-5));
T('allocUnsafe object', (B) => B.allocUnsafe({}));
T('allocUnsafeSlow', (B) => { const b = B.allocUnsafeSlow(10); return [b.length, b.byteOffset, b.buffer.byteLength]; });
T('allocUnsafeSlow bad', (B) => B.allocUnsafeSlow('1'));
T('SlowBuffer', (B, M) => { const b = M.SlowBuffer(4); return [b.length, b.byteOffset, b.buffer.byteLength, b instanceof B]; });
T('SlowBuffer bad', (B, M) => M.SlowBuffer(-1));
T('pool: allocUnsafe offsets', (B) => {
  freshPool(B);
  const a = B.allocUnsafe(10); const b = B.allocUnsafe(3); const c = B.allocUnsafe(4095); const d = B.allocUnsafe(4096);
  return [a.byteOffset, a.buffer.byteLength, b.byteOffset, a.buffer === b.buffer, c.byteOffset, c.buffer.byteLength,
    d.byteOffset, d.buffer.byteLength];
});
T('pool: from string offsets', (B) => {
  freshPool(B);
  const a = B.from('hello'); const b = B.from('ab', 'hex'); const c = B.from('zz', 'hex'); const d = B.from('QU JD', 'base64');
  const e = B.from([1, 2, 3]); const f = B.from('x'.repeat(5000));
  return [a.byteOffset, b.byteOffset, c.byteOffset, c.length, d.byteOffset, d.length, d.buffer.byteLength,
    e.byteOffset, e.buffer.byteLength, f.byteOffset, f.buffer.byteLength];
});
T('pool: rollover', (B) => {
  freshPool(B);
  const out = [];
  for (let i = 0; i < 4; i++) { const b = B.allocUnsafe(3000); out.push(b.byteOffset); }
  return out;
});
T('pool: poolSize change', (B) => {
  const old = B.poolSize;
  try {
    B.poolSize = 64;
    const a = B.allocUnsafe(31); const b = B.allocUnsafe(32);
    return [a.buffer.byteLength > 32, b.buffer.byteLength, b.byteOffset];
  } finally {
    B.poolSize = old;
  }
});
T('pool: concat', (B) => { freshPool(B); const c = B.concat([B.from('ab'), B.from('cd')]); return [c, c.byteOffset]; });
T('pool: alloc not pooled', (B) => { const a = B.alloc(10); return [a.byteOffset, a.buffer.byteLength]; });
T('pool: large string base64 exact', (B) => { const b = B.from(' '.repeat(8000) + 'QUJD', 'base64'); return [b, b.buffer.byteLength]; });
T('pool: indexOf hex allocates', (B) => {
  freshPool(B);
  const h = B.from('abcdef', 'hex'); h.indexOf('cd', 0, 'hex'); const n = B.allocUnsafe(1);
  return n.byteOffset;
});

// Buffer() deprecated
T('Buffer() deprecation', (B, M) => {
  const log = [];
  const orig = process.emitWarning;
  env.fakeProcess.warnings = log;
  if (!M.isOurs) process.emitWarning = (...a) => log.push(a);
  try {
    const a = B(3); const b = new B('abc'); const c = B([1, 2]); const d = new B(new Uint8Array([5]).buffer);
    return [a, b, c, d, a instanceof B, b instanceof B, log];
  } finally {
    process.emitWarning = orig;
  }
});
T('Buffer(number, string)', (B) => B(3, 'utf8'));
T('Buffer statics', (B) => [B.name, B.length, Object.getPrototypeOf(B) === Uint8Array, Object.keys(B),
  Object.getOwnPropertyNames(B), B[Symbol.species] !== B, typeof B[Symbol.species]]);
T('Buffer.prototype keys', (B) => [Object.keys(B.prototype), Object.getOwnPropertySymbols(B.prototype).map(String),
  Object.getPrototypeOf(B.prototype) === Uint8Array.prototype, B.prototype.constructor === B]);
T('Buffer.prototype descriptors', (B) => ['parent', 'offset', 'toString', 'readUint8'].map((k) => {
  const d = Object.getOwnPropertyDescriptor(B.prototype, k);
  return [k, d.enumerable, d.configurable, typeof d.get, d.writable];
}));
T('method names', (B) => ['readUInt8', 'readUint8', 'writeUint16LE', 'readFloatLE', 'writeDoubleBE', 'readBigUint64LE',
  'utf8Slice', 'hexWrite', 'toLocaleString', 'inspect', 'slice', 'subarray'].map((k) => [k, B.prototype[k].name, B.prototype[k].length]));
T('static names', (B) => ['from', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding',
  'concat', 'byteLength', 'copyBytesFrom'].map((k) => [k, B[k].name, B[k].length]));
T('module keys', (B, M) => [Object.keys(M.mod).filter((k) => !['transcode', 'Blob', 'File', 'resolveObjectURL'].includes(k)),
  M.mod.kMaxLength, M.mod.kStringMaxLength, M.mod.constants, M.mod.INSPECT_MAX_BYTES,
  Object.getOwnPropertyDescriptor(M.mod, 'constants').configurable, Object.isFrozen(M.mod.constants),
  Object.getOwnPropertyDescriptor(M.mod.constants, 'MAX_LENGTH').writable]);
T('atob/btoa exported', (B, M) => [M.mod.atob === globalThis.atob, M.mod.btoa === globalThis.btoa]);
T('INSPECT_MAX_BYTES invalid', (B, M) => { M.mod.INSPECT_MAX_BYTES = -1; });
T('INSPECT_MAX_BYTES string', (B, M) => { M.mod.INSPECT_MAX_BYTES = '5'; });
T('instanceof', (B) => { const b = B.from('x'); return [b instanceof B, b instanceof Uint8Array, B.isBuffer(b),
  B.isBuffer(new Uint8Array(1)), B.isBuffer('x'), B.isBuffer(null), b.constructor === B, b.parent === b.buffer,
  b.offset === b.byteOffset, B.prototype.parent, Object.getOwnPropertyDescriptor(B.prototype, 'offset').get.call(new Uint8Array(2))]; });
T('species: map/filter/subarray', (B) => { const b = B.from([1, 2, 3]); const m = b.map((x) => x * 2);
  const f = b.filter((x) => x > 1); const s = Uint8Array.prototype.subarray.call(b, 1);
  return [m, m instanceof B, f, f instanceof B, s, s instanceof B]; });

// isEncoding
for (const e of ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'BINARY',
                 'base64', 'base64url', 'hex', 'ascii', '', 'utf16', 'utf-16', 'buffer', 'raw', 'raws',
                 null, undefined, 5, new String('utf8'), ['utf8'], 'utf\u0130', 'he\u212A']) {
  T(`isEncoding(${typeof e === 'string' ? JSON.stringify(e) : String(e)})`, (B) => B.isEncoding(e));
}

// byteLength of non-strings
T('byteLength buffer', (B) => B.byteLength(B.from('abc')));
T('byteLength ArrayBuffer', (B) => B.byteLength(new ArrayBuffer(7)));
T('byteLength DataView', (B) => B.byteLength(new DataView(new ArrayBuffer(5))));
T('byteLength Float64Array', (B) => B.byteLength(new Float64Array(2)));
T('byteLength number', (B) => B.byteLength(5));
T('byteLength undefined', (B) => B.byteLength());
T('byteLength mustMatch', (B) => [B.byteLength('abc', 'nope', true), B.byteLength('', 'utf8', true), B.byteLength('abc', undefined, true), B.byteLength('ab', 'hex', true)]);

// compare / equals
const CMP = [[], [1], [1, 2], [1, 3], [2], [0, 0, 0], [255]];
for (const a of CMP) {
  for (const b of CMP) {
    T(`compare [${a}] [${b}]`, (B) => [B.compare(B.from(a), B.from(b)), B.from(a).compare(B.from(b)), B.from(a).equals(B.from(b))]);
  }
}
T('compare Uint8Array', (B) => B.compare(new Uint8Array([1]), new Uint8Array([2])));
T('compare bad buf1', (B) => B.compare('a', B.from('a')));
T('compare bad buf2', (B) => B.compare(B.from('a'), [1]));
T('compare same', (B) => { const b = B.from('a'); return B.compare(b, b); });
T('equals bad', (B) => B.from('a').equals('a'));
T('equals Uint8Array', (B) => B.from('a').equals(new Uint8Array([97])));
T('equals Uint16Array', (B) => B.from('a').equals(new Uint16Array([97])));
for (const argsList of [[0], [0, 2], [1, 3, 0, 2], [0, 3, 1], [5], [0, 10], [-1], [1.5], ['1'], [undefined, undefined, 2],
                        [0, 0], [0, 2, 3, 3], [3, 3, 3, 3], [0, 3, 0, 0], [2, 3, 0, 1], [0, 1, 0, 3], [4, 3], [0, 3, 0, 4]]) {
  T(`buf.compare(target, ${argsList.join(', ')})`, (B) => B.from('abc').compare(B.from('bcd'), ...argsList));
}
T('buf.compare bad target', (B) => B.from('abc').compare('abc'));

// concat
T('concat', (B) => B.concat([B.from('ab'), B.from('cd'), new Uint8Array([1])]));
T('concat totalLength short', (B) => B.concat([B.from('ab'), B.from('cd')], 3));
T('concat totalLength long', (B) => B.concat([B.from('ab'), B.from('cd')], 7));
T('concat totalLength 0', (B) => B.concat([B.from('ab')], 0));
T('concat empty', (B) => B.concat([]));
T('concat empty with length', (B) => B.concat([], 5));
T('concat not array', (B) => B.concat('abc'));
T('concat bad item', (B) => B.concat([B.from('a'), 'b']));
T('concat bad item 2', (B) => B.concat([B.from('a'), [1, 2]]));
T('concat bad length', (B) => B.concat([B.from('a')], -1));
T('concat length string', (B) => B.concat([B.from('a')], '1'));
T('concat length fractional', (B) => B.concat([B.from('a')], 1.5));

// copy
for (const argsList of [[], [1], [0, 1], [0, 1, 2], [2, 0, 4], [6], [-1], [0, -1], [0, 0, -1], [0, 5], [0, 4, 5],
                        ['1', 'x', 2.5], [1.9, 0.5], [NaN, NaN, NaN], [0, 2, 1], [Infinity], [0, Infinity], [0, 0, Infinity],
                        [3, 0, 4], [0, 3, 3], [2 ** 53, 0]]) {
  T(`copy(${argsList.join(', ')})`, (B) => { const src = B.from('abcd'); const dst = B.alloc(5, '.'); const r = src.copy(dst, ...argsList); return [r, dst]; });
}
T('copy overlapping forward', (B) => { const b = B.from('abcdef'); b.copy(b, 2, 0, 4); return b; });
T('copy overlapping backward', (B) => { const b = B.from('abcdef'); b.copy(b, 0, 2); return b; });
T('copy to Uint8Array', (B) => { const u = new Uint8Array(3); return [B.from('xyz').copy(u), u]; });
T('copy bad target', (B) => B.from('xyz').copy([]));
T('copy from Uint8Array via call', (B) => { const t = B.alloc(2); return [B.prototype.copy.call(new Uint8Array([7, 8]), t), t]; });
T('copy bad source', (B) => B.prototype.copy.call([1], B.alloc(2)));

// fill
for (const argsList of [[1], [1, 1], [1, 1, 3], ['a'], ['ab', 1], ['ab', 1, 4], ['abc', 'hex'], ['ab', 'hex'], ['a', 'hex'],
                        ['ab', 1, 'hex'], ['ab', 1, 4, 'hex'], ['é'], ['é', 'latin1'], ['é', 'ascii'], ['€', 'ucs2'], ['€', 1, 'utf16le'],
                        ['Ā', 'latin1'], ['', 1], ['aGVsbG8=', 'base64'], ['=', 'base64'], [256], [-1], [1.7], [NaN], [null],
                        [true], [{}], [[]], ['x', 'nope'], ['x', 0, 5, 'nope'], ['x', 0, 5, 5], ['x', -1], ['x', 0, 6],
                        ['x', 3, 2], ['x', 5], [1, 1.5], [1, '1'], [1, 0, '3'], [new Uint8Array([1, 2, 3])],
                        [new Uint8Array(0)], [new Uint16Array([0x0102, 0x0304]), 1], [new DataView(new Uint8Array([9, 8]).buffer)],
                        ['ab', undefined, undefined, 'hex'], ['😀'], ['😀', 'ucs2'], ['\ud800'], ['a', null], ['a', 0, null]]) {
  T(`fill(${argsList.map((a) => describe(a)).join(', ')})`, (B) => { const b = B.alloc(5, '.'); return [b.fill(...argsList) === b, b]; });
}
T('fill bigint', (B) => B.alloc(2).fill(1n));
T('fill symbol', (B) => B.alloc(2).fill(Symbol('s')));
T('fill string object', (B) => B.alloc(3).fill(new String('x')));
T('fill self', (B) => { const b = B.from('abcdef'); b.fill(b.subarray(0, 2), 2); return b; });

// write
for (const argsList of [['hi'], ['héllo'], ['hello', 2], ['hello', 2, 2], ['hello', 'latin1'], ['6869', 'hex'], ['6869', 1, 'hex'],
                        ['6869', 1, 1, 'hex'], ['aGk=', 'base64'], ['hi', 'ucs2'], ['hi', 1, 'ucs2'], ['hi', 1, 3, 'ucs2'],
                        ['hi', 'nope'], ['hi', 1, 'nope'], ['hi', -1], ['hi', 7], ['hi', 6], ['hi', 0, -1], ['hi', 0, 10],
                        ['hi', 1.5], ['hi', '1'], ['hi', 0, '1'], ['hi', 0, 2, 'ascii'], ['😀😀'], ['a😀'], ['ab😀'], ['abc😀'],
                        ['€€'], ['\ud800x'], ['x\udc00'], ['abz', 'hex'], ['a', 'hex'], ['zz', 'hex'], [5], [5, 'hex'], [null, 0],
                        ['hi', undefined, undefined, 'hex'], ['hi', null], ['Ā€', 'latin1'], ['Ā€', 'ascii'], ['QU JD', 'base64url'],
                        ['hi', 0, undefined, 'HEX'], ['', 0], ['hi', 0, 0]]) {
  T(`write(${argsList.map((a) => describe(a)).join(', ')})`, (B) => { const b = B.alloc(6, '.'); return [b.write(...argsList), b]; });
}

// indexOf / lastIndexOf / includes
const HAY = 'abcabc€€ab';
for (const argsList of [['a'], ['b'], ['c', 3], ['abc', 1], ['a', -3], ['a', -100], ['a', 100], ['z'], [''], ['', 3], ['', 100],
                        ['', -100], [97], [97, 1], [97 + 256], [-159], [98.6], ['€'], ['€', 'utf8'], ['€', 'latin1'],
                        ['\u00e2', 'latin1'], ['6263', 'hex'], ['6263', 2, 'hex'], ['YWJj', 'base64'], ['YWJj', 'base64url'],
                        ['b', 'ascii'], ['ab', 'ucs2'], ['a', 'ucs2'], ['a', 'nope'], ['a', 1, 'nope'], ['b', '1'], ['b', null],
                        ['b', {}], ['b', []], ['b', NaN], ['b', Infinity], ['b', -Infinity], ['b', 2 ** 40], ['b', 1.5],
                        ['b', -1.5], [{}], [null], [true], [new Uint8Array([98, 99])], [new Uint8Array(0)], [new Uint8Array(0), 3],
                        [new Uint8Array(0), 100], [new Uint16Array([0x6362])], [{ buf: 'bc' }, 2], [{ buf: 'bc' }, 0, 'ucs2'],
                        [{ buf: 'bc' }, 0, 'nope'], [{ buf: 'ca' }, 0, 'ucs2'], [{ buf: 'c' }, 0, 'ucs2'],
                        ['abcabc€€abX'], ['\ud800'], ['\ud800', 'ucs2']]) {
  const desc = argsList.map((a) => (a && a.buf ? `Buffer(${a.buf})` : describe(a))).join(', ');
  T(`indexOf(${desc})`, (B) => { const b = B.from(HAY); const a = argsList.map((x) => (x && x.buf ? B.from(x.buf) : x)); return b.indexOf(...a); });
  T(`lastIndexOf(${desc})`, (B) => { const b = B.from(HAY); const a = argsList.map((x) => (x && x.buf ? B.from(x.buf) : x)); return b.lastIndexOf(...a); });
  T(`includes(${desc})`, (B) => { const b = B.from(HAY); const a = argsList.map((x) => (x && x.buf ? B.from(x.buf) : x)); return b.includes(...a); });
}
T('indexOf ucs2 string', (B) => { const b = B.from('abcdabcd', 'ucs2'); return [b.indexOf('cd', 'ucs2'), b.indexOf('cd', 5, 'ucs2'), b.lastIndexOf('ab', 'ucs2'), b.lastIndexOf('ab', 7, 'ucs2'), b.indexOf('d', 'ucs2')]; });
T('indexOf ucs2 odd haystack', (B) => { const b = B.from([0x61, 0, 0x62, 0, 0x63]); return [b.indexOf('b', 'ucs2'), b.indexOf(B.from('z\u0000'), 0, 'ucs2'), b.indexOf(B.from('b\u0000'), 0, 'ucs2'), b.lastIndexOf(B.from('a\u0000'), 'ucs2')]; });
T('indexOf in empty', (B) => [B.alloc(0).indexOf('a'), B.alloc(0).indexOf(''), B.alloc(0).indexOf(0), B.alloc(0).lastIndexOf(''), B.alloc(0).indexOf(B.alloc(0))]);
T('indexOf needle longer', (B) => [B.from('ab').indexOf('abc'), B.from('ab').lastIndexOf('abc')]);
T('lastIndexOf overlapping', (B) => [B.from('aaaa').lastIndexOf('aa'), B.from('aaaa').lastIndexOf('aa', 1), B.from('aaaa').indexOf('aa', 1)]);
T('indexOf on subarray', (B) => { const b = B.from('xxabcab').subarray(2); return [b.indexOf('ab', 1), b.lastIndexOf(97), b.indexOf(B.from('c'))]; });
T('indexOf this not view', (B) => B.prototype.indexOf.call([1, 2], 1));

// slice / subarray
for (const argsList of [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [100], [-100], [1.7, 3.2], ['1', '3'], [NaN, 2], [null, 2],
                        [undefined, -1], [0, Infinity], [-Infinity, 2], [2 ** 40]]) {
  T(`slice(${argsList.join(', ')})`, (B) => { const b = B.from('abcdef'); const s = b.slice(...argsList); const u = b.subarray(...argsList);
    return [s, u, s.byteOffset - b.byteOffset, s.buffer === b.buffer, s instanceof B]; });
}
T('slice shares memory', (B) => { const b = B.from('abcdef'); const s = b.slice(1, 3); s[0] = 0x7a; return b; });

// swap
for (const n of [0, 2, 3, 4, 8, 16, 6, 7, 130, 256]) {
  T(`swap16/32/64 length ${n}`, (B) => {
    const mk = () => { const b = B.alloc(n); for (let i = 0; i < n; i++) b[i] = i; return b; };
    const r = [];
    for (const m of ['swap16', 'swap32', 'swap64']) {
      try { const b = mk(); r.push(b[m]() === b, b); } catch (e) { r.push(e); }
    }
    return r;
  });
}

// toJSON / iteration
T('toJSON', (B) => [B.from('abc').toJSON(), B.alloc(0).toJSON(), JSON.stringify(B.from([1, 2]))]);
T('keys/values/entries', (B) => { const b = B.from('ab'); return [[...b.keys()], [...b.values()], [...b.entries()], [...b]]; });

// numeric reads
const READS = [
  ['readUInt8', 1], ['readUint8', 1], ['readInt8', 1], ['readUInt16LE', 2], ['readUInt16BE', 2], ['readInt16LE', 2],
  ['readInt16BE', 2], ['readUInt32LE', 4], ['readUInt32BE', 4], ['readInt32LE', 4], ['readInt32BE', 4],
  ['readFloatLE', 4], ['readFloatBE', 4], ['readDoubleLE', 8], ['readDoubleBE', 8], ['readBigUInt64LE', 8],
  ['readBigUInt64BE', 8], ['readBigInt64LE', 8], ['readBigInt64BE', 8], ['readBigUint64LE', 8], ['readUint32BE', 4],
];
const READ_BYTES = [0x81, 0xfe, 0x7f, 0x00, 0xff, 0x80, 0x01, 0xc0, 0x3f, 0xf0];
for (const [m] of READS) {
  for (const off of [undefined, 0, 1, 2, -1, 1.5, '0', NaN, Infinity, 9, null, 2 ** 53]) {
    T(`${m}(${describe(off)})`, (B) => B.from(READ_BYTES)[m](off));
  }
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (const [off, bl] of [[0, 1], [0, 2], [0, 3], [1, 3], [0, 4], [0, 5], [0, 6], [4, 6], [5, 6], [0, 7], [0, 0], [0, 1.5],
                           [0, '2'], [0, undefined], [undefined, 2], [-1, 2], [1.5, 2], [0, NaN], [0, -1], ['0', 2], [9, 1]]) {
    T(`${m}(${describe(off)}, ${describe(bl)})`, (B) => B.from(READ_BYTES)[m](off, bl));
  }
}
T('reads on short buffer', (B) => {
  const b = B.alloc(2);
  return ['readUInt32LE', 'readDoubleBE', 'readBigInt64LE', 'readFloatLE'].map((m) => { try { return b[m](0); } catch (e) { return describe(e); } });
});
T('reads on empty buffer', (B) => {
  const b = B.alloc(0);
  return ['readUInt8', 'readInt8', 'readUInt16BE', 'readDoubleLE'].map((m) => { try { return b[m](0); } catch (e) { return describe(e); } });
});
T('float specials', (B) => {
  const b = B.alloc(8);
  const out = [];
  for (const v of [0, -0, 1.5, -2.25, Infinity, -Infinity, 1e-45, 3.4e38, 1e39, 0.1, NaN]) {
    b.writeFloatLE(v, 0); out.push(b.toString('hex', 0, 4), b.readFloatLE(0));
    b.writeDoubleBE(v, 0); out.push(b.toString('hex'), b.readDoubleBE(0));
  }
  return out;
});

// numeric writes
const WRITES = [
  ['writeUInt8', 1, [0, 255, 256, -1, 1.5, 254.9, NaN, '7', 'x', null]],
  ['writeInt8', 1, [-128, 127, 128, -129, -1, -1.5, NaN]],
  ['writeUInt16LE', 2, [0, 65535, 65536, -1, 0x1234, 1.5]],
  ['writeUInt16BE', 2, [0x1234, 65536]],
  ['writeInt16LE', 2, [-32768, 32767, 32768, -32769, -2]],
  ['writeInt16BE', 2, [-2, -32769]],
  ['writeUInt32LE', 4, [0, 0xffffffff, 2 ** 32, -1, 0x12345678, 1.5, NaN]],
  ['writeUInt32BE', 4, [0x12345678, 2 ** 32]],
  ['writeInt32LE', 4, [-(2 ** 31), 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, -1, -1.5]],
  ['writeInt32BE', 4, [-2, 2 ** 31]],
  ['writeFloatLE', 4, [1.5, -0, NaN, Infinity, '2.5', 'x', 1e40]],
  ['writeFloatBE', 4, [1.5, -1]],
  ['writeDoubleLE', 8, [1.5, -0, Infinity, 1e300, '3']],
  ['writeDoubleBE', 8, [Math.PI]],
  ['writeBigUInt64LE', 8, [0n, 2n ** 64n - 1n, 2n ** 64n, -1n, 0x0102030405060708n, 1, '1']],
  ['writeBigUInt64BE', 8, [0x0102030405060708n, 2n ** 64n]],
  ['writeBigInt64LE', 8, [-1n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n) - 1n]],
  ['writeBigInt64BE', 8, [-2n, 2n ** 63n]],
  ['writeBigUint64LE', 8, [5n]],
  ['writeUint32LE', 4, [7]],
];
for (const [m, size, values] of WRITES) {
  for (const v of values) {
    for (const off of (v === values[0] ? [undefined, 0, 1, 10 - size, 11 - size, -1, 1.5, '0', NaN, Infinity, null] : [0])) {
      T(`${m}(${describe(v)}, ${describe(off)})`, (B) => { const b = B.alloc(10, 0xee); const r = b[m](v, off); return [r, b]; });
    }
  }
}
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE', 'writeUintBE']) {
  const signed = m.startsWith('writeInt');
  for (const [v, off, bl] of [[1, 0, 1], [0x1234, 0, 2], [0x123456, 1, 3], [0x12345678, 0, 4], [0x123456789a, 0, 5],
                              [0x123456789abc, 0, 6], [-1, 0, 6], [-1, 0, 5], [-1, 0, 3], [-0x800000000000, 0, 6],
                              [0x7fffffffffff, 0, 6], [0x800000000000, 0, 6], [2 ** 48, 0, 6], [2 ** 40, 0, 5], [2 ** 24, 0, 3],
                              [-(2 ** 39) - 1, 0, 5], [128, 0, 1], [-129, 0, 1], [1, 0, 7], [1, 0, 0], [1, 0, '2'],
                              [1, 0, undefined], [1, undefined, 2], [1, undefined, 1], [1, 5, 6], [1, 4, 6], [1.5, 0, 6],
                              [-1.5, 0, 6], [NaN, 0, 6], [1, -1, 2], [1, 1.5, 3], [2 ** 47 - 0.5, 0, 6], [-123456789012, 0, 6]]) {
    T(`${m}(${describe(v)}, ${describe(off)}, ${describe(bl)})`, (B) => {
      const b = B.alloc(10, 0xee); const r = b[m](v, off, bl);
      return [r, b, signed ? b.readIntLE(0, 6) : b.readUIntLE(0, 6)];
    });
  }
}
T('write/read roundtrips', (B) => {
  const b = B.alloc(16);
  const out = [];
  for (const v of [0, 1, -1, 0x7f, -0x80, 0x1234, -0x1235, 0x7fffff, -0x800000, 0x12345678, -0x12345678]) {
    for (const bl of [1, 2, 3, 4, 5, 6]) {
      try { b.writeIntBE(v, 2, bl); out.push(b.readIntBE(2, bl), b.readUIntBE(2, bl)); } catch (e) { out.push(e.code); }
      try { b.writeIntLE(v, 2, bl); out.push(b.readIntLE(2, bl), b.readUIntLE(2, bl)); } catch (e) { out.push(e.code); }
    }
  }
  return out;
});

// inspect
function I(name, make, opts) {
  T(`inspect: ${name}`, (B, M) => M.inspect(make(B, M), opts));
}
I('small', (B) => B.from('hi'));
I('empty', (B) => B.alloc(0));
I('50 bytes', (B) => B.alloc(50, 1));
I('51 bytes', (B) => B.alloc(51, 2));
I('62 bytes', (B) => { const b = B.alloc(62); for (let i = 0; i < 62; i++) b[i] = i; return b; });
I('in object', (B) => ({ a: B.from('x'), b: [B.from('yz')] }));
I('nested deep', (B) => ({ a: { b: { c: { d: B.from('x') } } } }));
I('extra prop', (B) => { const b = B.from('hi'); b.foo = 1; return b; });
I('extra props showHidden', (B) => { const b = B.from('hi'); b.foo = 1; b[Symbol('s')] = 2; Object.defineProperty(b, 'hid', { value: 3 }); return b; }, { showHidden: true });
I('extra props no showHidden', (B) => { const b = B.from('hi'); b.foo = 1; b[Symbol('s')] = 2; Object.defineProperty(b, 'hid', { value: 3 }); return b; });
I('extra props on empty', (B) => { const b = B.alloc(0); b.foo = { a: [1, 2] }; return b; });
I('extra props long', (B) => { const b = B.alloc(60); b.foo = 'x'.repeat(100); b.bar = [1, 2, 3]; return b; });
I('showHidden plain', (B) => B.from('abc'), { showHidden: true });
I('slice', (B) => B.from('hello').subarray(1, 3));
I('customInspect false', (B) => B.from('hi'), { customInspect: false });
I('colors', (B) => ({ b: B.from('hi') }), { colors: true });
I('array of buffers', (B) => [B.from('a'), B.from('b'), B.alloc(3)]);
I('INSPECT_MAX_BYTES 3', (B, M) => { M.mod.INSPECT_MAX_BYTES = 3; return B.from('abcdef'); });
I('INSPECT_MAX_BYTES 3 restore', (B, M) => { const s = M.inspect(B.from('abcdef')); M.mod.INSPECT_MAX_BYTES = 50; return s; });
I('INSPECT_MAX_BYTES 0', (B, M) => { M.mod.INSPECT_MAX_BYTES = 0; const s = M.inspect(B.from('ab')); M.mod.INSPECT_MAX_BYTES = 50; return s; });
I('prototype', (B) => Object.keys(B.prototype).length);
T('inspect method direct', (B) => [B.from('hi').inspect(), B.from('hi')[Symbol.for('nodejs.util.inspect.custom')](2, { showHidden: false })]);
I('StringDecoder', (B, M) => new M.StringDecoder());
I('StringDecoder ucs2 partial', (B, M) => { const d = new M.StringDecoder('ucs2'); d.write(B.from([0x3d])); return d; });
I('SlowBuffer instance', (B, M) => M.SlowBuffer(3));

// isUtf8 / isAscii
for (const bytes of [[], [0x61], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
                     [0xc0, 0x80], [0xe0, 0x9f, 0xbf], [0x80], [0xef, 0xbf, 0xbd], [0x7f], [0xff]]) {
  T(`isUtf8/isAscii [${bytes}]`, (B, M) => [M.isUtf8(B.from(bytes)), M.isAscii(B.from(bytes)), M.isUtf8(new Uint8Array(bytes).buffer), M.isAscii(new Uint8Array(bytes).buffer)]);
}
T('isUtf8 bad input', (B, M) => M.isUtf8('abc'));
T('isAscii bad input', (B, M) => M.isAscii(new DataView(new ArrayBuffer(1))));
T('isUtf8 Uint16Array', (B, M) => M.isUtf8(new Uint16Array([0xa9c3])));

// StringDecoder
function SD(name, fn) { T(`StringDecoder: ${name}`, (B, M) => fn(B, M.StringDecoder)); }
function chunks(B, SDC, enc, parts, endArg) {
  const d = new SDC(enc);
  const out = [];
  for (const p of parts) out.push(d.write(typeof p === 'string' ? p : B.from(p)), d.lastNeed, d.lastTotal, B.from(d.lastChar));
  out.push(endArg === undefined ? d.end() : d.end(B.from(endArg)));
  out.push(d.lastNeed, d.lastTotal, B.from(d.lastChar));
  return out;
}
const SD_INPUTS = [
  ['utf8', [[0xe2], [0x82], [0xac]]], ['utf8', [[0xe2, 0x82], [0xac, 0x61]]], ['utf8', [[0xe2, 0x82]]], ['utf8', [[0xe2]]],
  ['utf8', [[0xf0, 0x9f], [0x98], [0x80]]], ['utf8', [[0xf0, 0x9f, 0x98]]], ['utf8', [[0xe2], [0x61]]], ['utf8', [[0xe2, 0x82], [0x61, 0x62]]],
  ['utf8', [[0xc3], [0xc3], [0xa9]]], ['utf8', [[0x80]]], ['utf8', [[0x80, 0x80, 0x80, 0x80, 0x80]]], ['utf8', [[0x61, 0x80, 0x80]]],
  ['utf8', [[0xff]]], ['utf8', [[0xf8, 0x80]]], ['utf8', [[0xe2, 0x82, 0xac, 0xe2]]], ['utf8', [[0xc3, 0xa9, 0xa9]]],
  ['utf8', [[], [0xe2], []]], ['utf8', [[0xe2], [0x82, 0xac, 0xe2], [0x82], [0xac]]], ['utf8', [[0xf0], [0x9f], [0x41]]],
  ['utf8', [[0xed, 0xa0], [0x80]]], ['utf8', [[0xf0, 0x9f]], [0x98]], ['utf8', [[0xe2]], [0xe2]], ['utf8', ['str', [0xc3]]],
  ['utf16le', [[0x61], [0x00]]], ['utf16le', [[0x3d, 0xd8], [0x4d, 0xdc]]], ['utf16le', [[0x3d], [0xd8, 0x4d], [0xdc]]],
  ['utf16le', [[0x3d, 0xd8]]], ['utf16le', [[0x3d]]], ['utf16le', [[0x3d, 0xd8, 0x61]]], ['ucs2', [[0x61, 0x00, 0x3d, 0xd8], [0x4d, 0xdc, 0x62]]],
  ['base64', [[0x61], [0x62], [0x63], [0x64]]], ['base64', [[0x61, 0x62]]], ['base64', [[0x61, 0x62, 0x63, 0x64, 0x65]]],
  ['base64url', [[0xff, 0xfe], [0xfd]]], ['base64url', [[0xfb]]], ['hex', [[0x01, 0xab], [0xff]]], ['latin1', [[0xe9, 0xff]]],
  ['binary', [[0xe9]]], ['ascii', [[0xe9, 0x41]]], [undefined, [[0xe2, 0x82]]], ['UTF-8', [[0xc3], [0xa9]]],
  ['utf8', [[0xe2, 0x82]], [0xac]], ['base64', [[0x61]], [0x62]], ['utf16le', [[0x61]], [0x00, 0x62]],
];
for (const [enc, parts, endArg] of SD_INPUTS) {
  SD(`${enc} ${JSON.stringify(parts)} end(${endArg ? JSON.stringify(endArg) : ''})`, (B, SDC) => chunks(B, SDC, enc, parts, endArg));
}
SD('encodings', (B, SDC) => ['utf8', 'UTF8', 'ucs2', 'UCS-2', 'utf16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', undefined, null, '']
  .map((e) => new SDC(e).encoding));
SD('unknown encoding', (B, SDC) => new SDC('nope'));
SD('numeric encoding', (B, SDC) => new SDC(5));
SD('write bad arg', (B, SDC) => new SDC().write(5));
SD('write null', (B, SDC) => new SDC().write(null));
SD('write string', (B, SDC) => new SDC().write('abc'));
SD('write Uint16Array', (B, SDC) => new SDC().write(new Uint16Array([0x6261])));
SD('write DataView', (B, SDC) => new SDC('hex').write(new DataView(new Uint8Array([1, 2]).buffer)));
SD('end with string', (B, SDC) => { const d = new SDC(); d.write(B.from([0xe2])); return d.end('x'); });
SD('lastChar shape', (B, SDC) => { const d = new SDC(); d.write(B.from([0xe2, 0x82])); const lc = d.lastChar; return [lc, lc instanceof B, lc.length, d.lastNeed, d.lastTotal]; });
SD('reuse after end', (B, SDC) => { const d = new SDC(); d.write(B.from([0xe2])); const a = d.end(); const b = d.write(B.from([0xe2, 0x82, 0xac])); return [a, b, d.lastChar]; });
SD('text()', (B, SDC) => { const d = new SDC(); d.write(B.from([0xe2])); return [d.text(B.from('hello'), 2), d.lastNeed]; });
SD('prototype', (B, SDC) => [Object.getOwnPropertyNames(SDC.prototype), SDC.name, SDC.length, Object.keys(new SDC())]);
SD('write no args', (B, SDC) => new SDC().write());
SD('end on fresh decoder', (B, SDC) => [new SDC().end(), new SDC('base64').end(), new SDC('hex').end(B.from([1]))]);
SD('end with array', (B, SDC) => new SDC().end([1, 2]));
SD('utf16le end odd', (B, SDC) => { const d = new SDC('utf16le'); return [d.write(B.from([0x61, 0x00, 0x62])), d.end(), d.lastNeed, d.lastTotal]; });
SD('base64 end partial', (B, SDC) => { const d = new SDC('base64'); return [d.write(B.from('abcd')), d.end(), d.write(B.from('xy')), d.end(B.from('z'))]; });
SD('many small utf8 writes', (B, SDC) => { const d = new SDC(); const bytes = B.from('a€😀é\u0800\uffff'); let s = ''; for (const x of bytes) s += d.write(B.from([x])); return [s, d.end()]; });
SD('write on bad this', (B, SDC) => SDC.prototype.write.call({}, B.from('a')));
SD('isEncoding monkeypatch', (B, SDC) => {
  const orig = B.isEncoding;
  B.isEncoding = (e) => e === 'custom' || orig(e);
  try { const d = new SDC('custom'); return [d.encoding, d.write(B.from('ab'))]; } finally { B.isEncoding = orig; }
});

// misc
T('externalAllocated hook', (B, M) => (M.isOurs ? env.externalAtLoad() >= 8192 : true));
T('entries on subarray', (B) => [...B.from('abc').subarray(1).entries()]);
T('Buffer.from(buf).buffer pooled', (B) => { const b = B.from(B.alloc(10)); return b.buffer.byteLength; });
T('toString no args subarray', (B) => B.from('xhéllo').subarray(1).toString());
T('large utf8 roundtrip', (B) => { const s = '€😀a'.repeat(3000); const b = B.from(s); return [b.length, b.toString() === s, b.toString('base64').length, B.from(b.toString('base64'), 'base64').equals(b)]; });
T('large hex roundtrip', (B) => { const b = B.alloc(10000); for (let i = 0; i < b.length; i++) b[i] = i * 7; return B.from(b.toString('hex'), 'hex').equals(b); });
T('large latin1/ucs2', (B) => { const b = B.alloc(10001); for (let i = 0; i < b.length; i++) b[i] = i * 13; return [b.toString('latin1').length, b.toString('ucs2').length, b.toString('ascii').charCodeAt(9999)]; });

// ---------------------------------------------------------------------------
// Fuzz (seeded)
// ---------------------------------------------------------------------------
let seed = 0x12345678;
function rnd(n) {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed % n;
}
function F(name, fn) { T(`fuzz: ${name}`, fn); }
const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1,
                     0xf4, 0xf5, 0xf8, 0xfe, 0xff, 0x90, 0x9f, 0xa0, 0x8f];
for (let i = 0; i < 400; i++) {
  const len = rnd(12);
  const bytes = [];
  for (let k = 0; k < len; k++) bytes.push(rnd(3) === 0 ? rnd(256) : interesting[rnd(interesting.length)]);
  F(`utf8 decode [${bytes}]`, (B) => B.from(bytes).toString());
  const cuts = [rnd(len + 1), rnd(len + 1)].sort((a, b) => a - b);
  const enc = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1'][rnd(6)];
  F(`decoder ${enc} [${bytes}] cuts ${cuts}`, (B, M) => {
    const d = new M.StringDecoder(enc);
    return [d.write(B.from(bytes.slice(0, cuts[0]))), d.write(B.from(bytes.slice(cuts[0], cuts[1]))),
      d.write(B.from(bytes.slice(cuts[1]))), d.end(), d.lastChar];
  });
}
const strChars = ['a', 'é', '€', '😀', '\ud800', '\udc00', '\u0000', '\uffff', 'Ā', ' ', '=', '+', '/', '-', '_', 'Q', 'z', '0', 'f'];
for (let i = 0; i < 500; i++) {
  const len = rnd(i < 300 ? 10 : 30);
  let s = '';
  for (let k = 0; k < len; k++) s += strChars[rnd(strChars.length)];
  const enc = ENCODINGS[rnd(ENCODINGS.length)];
  const size = rnd(12);
  F(`encode ${JSON.stringify(s)} ${enc} into ${size}`, (B) => {
    const b = B.alloc(size, 0xee);
    return [B.from(s, enc), B.byteLength(s, enc), b.write(s, enc), b];
  });
}

}

// ---------------------------------------------------------------------------
// Runner
// ---------------------------------------------------------------------------
const cases = [];
defineCases((name, fn) => cases.push({ name, fn }), {
  fakeProcess,
  externalAtLoad: () => externalAtLoad,
});
const selected = cases.filter((c) => !filter || c.name.includes(filter));

function runAll() {
  let pass = 0;
  let fail = 0;
  for (const c of selected) {
    const a = run(c.fn, ours);
    const b = run(c.fn, theirs);
    if (a === b) {
      pass++;
      if (verbose) console.log(`ok   ${c.name}\n     ${a}`);
    } else {
      fail++;
      console.log(`FAIL ${c.name}\n  ours:  ${a}\n  node:  ${b}`);
    }
  }
  const nFuzz = selected.filter((c) => c.name.startsWith('fuzz: ')).length;
  console.log(`buffer.test: ${pass}/${pass + fail} passed (${selected.length - nFuzz} table cases, ${nFuzz} fuzz cases)`);
  return fail === 0;
}

// --engine [--cli=path/to/loopscope]: runs the same cases inside the real engine.  Node computes
// the expected results; a generated script embeds the module sources (with a minimal
// require shim; internal/inspect is the engine's own util) plus this file's case table.
function runInEngine() {
  const { spawnSync } = require('child_process');
  const os = require('os');
  const cliArg = args.find((a) => a.startsWith('--cli='));
  const cli = cliArg ? cliArg.slice(6) : nodePath.join(JS_ROOT, '..', '..', 'target', 'debug', 'loopscope');
  LOOSE = true;
  const expected = selected.map((c) => run(c.fn, theirs));
  const src = (id) => fs.readFileSync(nodePath.join(JS_ROOT, FILES[id]), 'utf8');
  const script = `'use strict';
const __sources = {
${['internal/errors', 'internal/encoding', 'buffer', 'string_decoder'].map((id) =>
    `  ${JSON.stringify(id)}: function (exports, require, module, binding, process) {${src(id)}\n},`).join('\n')}
};
const __fakeProcess = { warnings: [], emitWarning(...a) { this.warnings.push(a); } };
let __external = 0;
const __cache = new Map();
function __require(id) {
  if (id === 'internal/inspect') return require('util');
  if (__cache.has(id)) return __cache.get(id).exports;
  const fn = __sources[id];
  if (!fn) throw new Error('no module ' + id);
  const module = { exports: {} };
  __cache.set(id, module);
  const binding = id === 'buffer' ? { externalAllocated(n) { __external += n; } } : {};
  fn.call(module.exports, module.exports, __require, module, binding, __fakeProcess);
  return module.exports;
}
const __buf = __require('buffer');
const __externalAtLoad = __external;
const ours = { ...__buf, StringDecoder: __require('string_decoder').StringDecoder,
  inspect: require('util').inspect, mod: __buf, isOurs: true };
let LOOSE = true;
${[hexOf, describeError, describe, run, freshPool, defineCases].map(String).join('\n')}
const expected = ${JSON.stringify(expected)};
const cases = [];
defineCases((name, fn) => cases.push({ name, fn }),
            { fakeProcess: __fakeProcess, externalAtLoad: () => __externalAtLoad });
const only = ${JSON.stringify(selected.map((c) => c.name))};
const byName = new Map(cases.map((c) => [c.name, c]));
let pass = 0;
let fail = 0;
for (let i = 0; i < only.length; i++) {
  const c = byName.get(only[i]);
  const t0 = Date.now();
  const got = run(c.fn, ours);
  const ms = Date.now() - t0;
  if (got === expected[i]) pass++;
  else { fail++; console.log('FAIL ' + c.name + '\\n  ours:  ' + got + '\\n  node:  ' + expected[i]); }
  if (ms > 2000) console.log('SLOW ' + ms + 'ms ' + c.name);
}
console.log('engine: ' + pass + '/' + (pass + fail) + ' passed');
`;
  const file = nodePath.join(os.tmpdir(), `buffer-engine-${process.pid}.js`);
  fs.writeFileSync(file, script);
  const res = spawnSync(cli, ['run', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  process.stdout.write(res.stdout || '');
  process.stderr.write(res.stderr || '');
  if (res.error) console.log(`could not run ${cli}: ${res.error.message}`);
  else if (!process.env.KEEP_ENGINE_SCRIPT) fs.unlinkSync(file);
  else console.log(`kept ${file}`);
  const m = /engine: (\d+)\/(\d+) passed/.exec(res.stdout || '');
  return !!m && m[1] === m[2] && res.status === 0;
}

const ok = args.includes('--engine') ? runInEngine() : runAll();
process.exit(ok ? 0 : 1);
