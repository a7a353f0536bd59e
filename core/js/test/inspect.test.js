// Differential test for core/js/internal/inspect.js.
//
// Run with: node core/js/test/inspect.test.js   [-v] [filter]
//
// Loads internal/inspect.js exactly as the loopscope runtime does, i.e. as
//   (function (exports, require, module, binding) { <body> })
// with a `binding` built from Node's own internals, then runs every case
// through both that module and Node's real util.inspect / util.format and
// fails on any difference.
'use strict';

// The native helpers come from Node's internal util binding, which needs
// --expose-internals: re-run ourselves with it when it is missing.
if (!process.execArgv.includes('--expose-internals')) {
  const { spawnSync } = require('child_process');
  const res = spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(res.status === null ? 1 : res.status);
}

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');
const { internalBinding } = require('internal/test/binding');
const nativeUtil = internalBinding('util');
const types = util.types;

// --- binding shim (same contract as the Rust host) -------------------------

const binding = {
  getPromiseState(p) {
    return nativeUtil.getPromiseDetails(p)[0];
  },
  getPromiseResult(p) {
    return nativeUtil.getPromiseDetails(p)[1];
  },
  getProxyDetails(v) {
    return nativeUtil.getProxyDetails(v, true);
  },
  isClassConstructor(fn) {
    return Function.prototype.toString.call(fn).startsWith('class');
  },
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
  previewEntries(it) {
    return nativeUtil.previewEntries(it, true);
  },
};

// --- load the module the way the runtime does ------------------------------

const file = path.join(__dirname, '..', 'internal', 'inspect.js');
const source = fs.readFileSync(file, 'utf8');
function load(hostBinding) {
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, binding) { ${source}\n})`, { filename: file });
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, (id) => {
    throw new Error(`inspect.js must be self-contained (required ${id})`);
  }, mod, hostBinding);
  return mod.exports;
}
const mine = load(binding);

// Second host flavour: previewEntries returns a plain array of items, with
// [key, value] pairs for key/value iterators (the other shape the module
// accepts). Iterator cases are run against it as well.
const plainBinding = {
  ...binding,
  previewEntries(it) {
    const [entries, isKeyValue] = nativeUtil.previewEntries(it, true);
    if (!isKeyValue) return entries;
    const pairs = [];
    for (let i = 0; i < entries.length; i += 2) pairs.push([entries[i], entries[i + 1]]);
    return pairs;
  },
};
const minePlain = load(plainBinding);

// --- cases -----------------------------------------------------------------
// Each case builds fresh values, so both implementations see identical input.
// kind 'i': inspect(...args); 'f': format(...args); 'w': formatWithOptions.

const cases = [];
function I(name, make) { cases.push({ name, kind: 'i', make }); }
function F(name, make) { cases.push({ name, kind: 'f', make }); }
function W(name, make) { cases.push({ name, kind: 'w', make }); }

function noStack(err) {
  Object.defineProperty(err, 'stack', { value: undefined, writable: true, configurable: true });
  return err;
}

// Primitives.
I('string', () => ['hello']);
I('empty string', () => ['']);
I('string with single quote', () => ["it's"]);
I('string with both quotes', () => ['it\'s "x"']);
I('string with all quotes', () => ['it\'s "x" `y`']);
I('string with ${', () => ['it\'s "x" ${y}']);
I('string escapes', () => ['a\nb\tc\\d\x00\x1f\x7f\x9f\u00a0']);
I('lone surrogates', () => ['\ud83d x \ude00 \ud83d\ude00']);
I('lone surrogate long', () => ['\ud83d' + 'a'.repeat(120)]);
I('emoji string', () => ['😀 ünïcödé']);
I('numbers', () => [[0, -0, 1.5, -2, NaN, Infinity, -Infinity, 1e21, 5e-7]]);
I('-0', () => [-0]);
I('bigint', () => [123n]);
I('negative bigint', () => [-5n]);
I('symbol', () => [Symbol('x')]);
I('symbol no desc', () => [Symbol()]);
I('symbol newline desc', () => [Symbol('a\nb')]);
I('well known symbol', () => [Symbol.iterator]);
I('undefined', () => [undefined]);
I('null', () => [null]);
I('booleans', () => [[true, false]]);
I('multiline long string', () => ['x'.repeat(30) + '\n' + 'y'.repeat(60)]);
I('multiline long string trailing nl', () => ['x'.repeat(30) + '\n' + 'y'.repeat(60) + '\n']);
I('long string no newline', () => ['z'.repeat(200)]);
I('multiline short string', () => ['a\nb']);
I('string in object multiline', () => [{ s: 'line one is here\nline two is here\nline three is here and long enough to wrap' }]);
I('maxStringLength', () => ['abcdefghij', { maxStringLength: 4 }]);
I('maxStringLength 1 more', () => ['abcde', { maxStringLength: 4 }]);
I('maxStringLength null', () => ['abcde', { maxStringLength: null }]);

// Objects.
I('empty object', () => [{}]);
I('simple object', () => [{ a: 1, b: 'two', c: true }]);
I('key quoting', () => [{ a: 1, 'b-c': 2, 'd e': 3, _f: 4, $g: 5, '1x': 6, 7: 7, "it's": 8, '': 9 }]);
I('symbol keys', () => [{ [Symbol('s')]: 3, a: 1 }]);
I('symbol key quote', () => [{ [Symbol("it's")]: 1 }]);
I('__proto__ key', () => [JSON.parse('{"__proto__": 1, "a": 2}')]);
I('nested depth', () => [{ a: { b: { c: { d: { e: 1 } } } } }]);
I('nested array depth', () => [{ a: [[[[1]]]] }]);
I('depth 0', () => [{ a: { b: 1 }, c: [1] }, { depth: 0 }]);
I('depth null', () => [{ a: { b: { c: { d: { e: { f: 1 } } } } } }, { depth: null }]);
I('depth Infinity', () => [{ a: { b: { c: { d: 1 } } } }, { depth: Infinity }]);
I('depth -1', () => [{ a: 1 }, { depth: -1 }]);
I('legacy args', () => [{ a: { b: { c: { d: 1 } } } }, false, 0]);
I('legacy showHidden', () => [[1, 2], true]);
I('long object breaks', () => [{ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbb', gamma: 'cccccccccccccc', delta: 'dddddddddddd' }]);
I('object 4 short', () => [{ a: 1, b: 2, c: 3, d: 4 }]);
I('object many keys', () => [Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]))]);
I('nested objects mixed', () => [{ name: 'x', list: [1, 2, 3], nested: { deep: { deeper: { deepest: 1 } } }, fn() {} }]);
I('compact 3 combine', () => [{ a: { b: { c: {} } } }]);
I('compact 3 inner combine', () => [{ first: [1, 2, 3], next: { detail: { core: true } } }]);
I('nested long', () => [{ a: { b: 'x'.repeat(50), c: 'y'.repeat(30) }, d: 1 }]);
I('nested arrays of objects', () => [[{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]]);
I('array of long objects', () => [[{ name: 'alice', age: 30, email: 'alice@example.com' }, { name: 'bob', age: 40, email: 'bob@example.com' }]]);
I('compact false', () => [{ a: 1, b: { c: 2 } }, { compact: false }]);
I('compact false array', () => [[1, 2, [3]], { compact: false }]);
I('compact true', () => [{ a: 1, b: { c: 2 } }, { compact: true }]);
I('compact true long', () => [{ alpha: 'a'.repeat(30), beta: 'b'.repeat(30), gamma: { x: 'c'.repeat(40) } }, { compact: true }]);
I('compact 1', () => [{ a: { b: 1 }, c: 2 }, { compact: 1 }]);
I('breakLength Infinity', () => [{ alpha: 'a'.repeat(40), beta: 'b'.repeat(40), gamma: 'c'.repeat(40) }, { breakLength: Infinity }]);
I('breakLength small', () => [{ a: 1, b: 2 }, { breakLength: 5 }]);
I('sorted', () => [{ c: 1, a: 2, b: 3 }, { sorted: true }]);
I('sorted comparator', () => [{ c: 1, a: 2, b: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }]);
I('sorted map', () => [new Map([['b', 1], ['a', 2]]), { sorted: true }]);
I('sorted array extras', () => { const a = [3, 1]; a.z = 1; a.y = 2; return [a, { sorted: true }]; });
I('null prototype', () => [Object.assign(Object.create(null), { a: 1 })]);
I('null prototype empty', () => [Object.create(null)]);
I('toStringTag own enumerable', () => [{ [Symbol.toStringTag]: 'Tag', a: 1 }]);
I('toStringTag class getter', () => { class T { get [Symbol.toStringTag]() { return 'Tag'; } } return [new T()]; });
I('toStringTag class with props', () => { class T { constructor() { this.x = 1; } get [Symbol.toStringTag]() { return 'Tag'; } } return [new T()]; });
I('toStringTag plain nonenum', () => { const o = { a: 1 }; Object.defineProperty(o, Symbol.toStringTag, { value: 'Custom' }); return [o]; });
I('toStringTag empty obj nonenum', () => { const o = {}; Object.defineProperty(o, Symbol.toStringTag, { value: 'Custom' }); return [o]; });
I('class instance', () => { class Foo { constructor() { this.x = 1; } } return [new Foo()]; });
I('class instance empty', () => { class Foo {} return [new Foo()]; });
I('anonymous class instance', () => { const C = (() => class {})(); return [new C()]; });
I('subclass instance', () => { class A { constructor() { this.a = 1; } } class B extends A { constructor() { super(); this.b = 2; } } return [new B()]; });
I('Object.create proto', () => [Object.create({ inherited: 1 })]);
I('Object.create null-proto proto', () => [Object.create(Object.create(null))]);
I('instance in nested depth', () => { class Foo { constructor() { this.x = { y: { z: {} } }; } } return [{ a: { b: { c: new Foo() } } }]; });
I('getters', () => [{ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }]);
I('getters option', () => [{ get a() { return 1; }, get b() { return { x: 1 }; }, get n() { return null; }, get c() { return 2; }, set c(v) {} }, { getters: true }]);
I('getters get only', () => [{ get a() { return 1; }, get c() { return 2; }, set c(v) {} }, { getters: 'get' }]);
I('getters set only', () => [{ get a() { return 1; }, get c() { return 2; }, set c(v) {} }, { getters: 'set' }]);
I('getter throws', () => [{ get a() { throw new Error('nope'); } }, { getters: true }]);
I('undefined value prop', () => [{ a: undefined, b: null }]);
I('non-enumerable showHidden', () => { const o = { a: 1 }; Object.defineProperty(o, 'hidden', { value: 2 }); return [o, { showHidden: true }]; });
I('non-enumerable hidden', () => { const o = { a: 1 }; Object.defineProperty(o, 'hidden', { value: 2 }); return [o]; });
I('numericSeparator', () => [[1234567, 1234.5678, -9876543.21, 123456789n, 12, 0.0001234], { numericSeparator: true }]);
I('frozen object', () => [Object.freeze({ a: 1 })]);

// Circular.
I('circular self', () => { const o = { a: 1 }; o.self = o; return [o]; });
I('circular nested', () => { const o = { x: {} }; o.x.parent = o; return [o]; });
I('circular multiple', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; a.self = a; b.self = b; return [{ a, b }]; });
I('circular array', () => { const a = [1]; a.push(a); return [a]; });
I('circular map', () => { const m = new Map(); m.set('self', m); return [m]; });
I('circular compact true', () => { const o = { a: 1 }; o.self = o; return [o, { compact: true }]; });
I('shared not circular', () => { const s = { x: 1 }; return [{ a: s, b: s }]; });

// Arrays.
I('empty array', () => [[]]);
I('simple array', () => [[1, 2, 3]]);
I('array strings', () => [['a', 'b', "c'd"]]);
I('array holes', () => [[1, , 3]]); // eslint-disable-line no-sparse-arrays
I('array many holes', () => [[1, , , , 5]]); // eslint-disable-line no-sparse-arrays
I('array trailing holes', () => [new Array(5)]);
I('array one hole', () => [new Array(1)]);
I('array hole at start', () => { const a = []; a[3] = 1; return [a]; });
I('sparse huge', () => { const a = []; a[1000] = 1; a[2000] = 2; return [a]; });
I('sparse maxArrayLength', () => { const a = [1, , 3, , 5, , 7]; return [a, { maxArrayLength: 3 }]; }); // eslint-disable-line no-sparse-arrays
I('array extra props', () => { const a = [1, 2]; a.foo = 'bar'; a['-1'] = 0; return [a]; });
I('array symbol prop', () => { const a = [1]; a[Symbol('x')] = 2; return [a]; });
I('array only props', () => { const a = []; a.x = 1; return [a]; });
I('array 7 numbers', () => [[1, 2, 3, 4, 5, 6, 7]]);
I('array 26 numbers', () => [Array.from({ length: 26 }, (_, i) => i)]);
I('array 100 numbers', () => [Array.from({ length: 100 }, (_, i) => i * 3)]);
I('array 101 numbers', () => [Array.from({ length: 101 }, (_, i) => i)]);
I('array 150 numbers', () => [Array.from({ length: 150 }, (_, i) => i)]);
I('array mixed widths', () => [[1, 22, 333, 4444, 55555, 666666, 7777777, 1, 2, 3, 4, 5]]);
I('array of strings grouped', () => [['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']]);
I('array strings 30', () => [Array.from({ length: 30 }, (_, i) => `item${i}`)]);
I('array bigints grouped', () => [Array.from({ length: 10 }, (_, i) => BigInt(i * 1000))]);
I('array negative numbers grouped', () => [[-1, 2, -30, 400, -5000, 6, -7, 8, 9, 10]]);
I('array floats grouped', () => [[1.5, 2.25, 3.125, 4, 5, 6, 7, 8.75]]);
I('array very different lengths', () => [[1, 2, 3, 4, 5, 6, 'a'.repeat(60)]]);
I('array of arrays', () => [[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]]);
I('nested array grouping', () => [{ data: Array.from({ length: 40 }, (_, i) => i * i) }]);
I('array maxArrayLength', () => [[1, 2, 3, 4, 5], { maxArrayLength: 2 }]);
I('array maxArrayLength 0', () => [[1, 2, 3], { maxArrayLength: 0 }]);
I('array maxArrayLength null', () => [Array.from({ length: 120 }, (_, i) => i % 10), { maxArrayLength: null }]);
I('array of undefined/null', () => [[undefined, null, undefined]]);
I('array subclass', () => { class MyArr extends Array {} const a = new MyArr(); a.push(1, 2); return [a]; });
I('array subclass empty', () => { class MyArr extends Array {} return [new MyArr()]; });
I('array null proto', () => { const a = [1, 2]; Object.setPrototypeOf(a, null); return [a]; });
I('array with long strings', () => [['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]]);
I('array grouping compact 1', () => [Array.from({ length: 30 }, (_, i) => i), { compact: 1 }]);
I('array grouping breakLength 40', () => [Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 }]);
I('array in deep grouping', () => [{ a: { b: Array.from({ length: 20 }, (_, i) => `s${i}`) } }]);
I('array showHidden', () => [[1, 2], { showHidden: true }]);

// Map / Set / Weak.
I('map', () => [new Map([['a', 1], ['b', 2]])]);
I('map empty', () => [new Map()]);
I('map object keys', () => [new Map([[{ a: 1 }, [1, 2]], [NaN, 'nan']])]);
I('map nested depth', () => [{ a: { b: new Map([['k', { deep: 1 }]]) } }]);
I('map maxArrayLength', () => [new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 }]);
I('map with props', () => { const m = new Map([[1, 2]]); m.extra = true; return [m]; });
I('map subclass', () => { class MyMap extends Map {} return [new MyMap([[1, 2]])]; });
I('map null proto', () => { const m = new Map([[1, 2]]); Object.setPrototypeOf(m, null); return [m]; });
I('map long', () => [new Map(Array.from({ length: 10 }, (_, i) => [`key number ${i}`, `value number ${i}`]))]);
I('set', () => [new Set([1])]);
I('set multiple', () => [new Set([1, 'two', { three: 3 }, [4]])]);
I('set empty', () => [new Set()]);
I('set maxArrayLength', () => [new Set([1, 2, 3]), { maxArrayLength: 1 }]);
I('set many', () => [new Set(Array.from({ length: 30 }, (_, i) => i))]);
I('set subclass', () => { class MySet extends Set {} return [new MySet([1])]; });
I('set in depth', () => [{ a: { b: { c: new Set([1]) } } }]);
I('weakmap', () => [new WeakMap()]);
I('weakset', () => [new WeakSet()]);
I('weakmap with prop', () => { const w = new WeakMap(); w.x = 1; return [w]; });
I('map iterator', () => [new Map([['a', 1], ['b', 2]]).entries()]);
I('map keys iterator', () => [new Map([['a', 1], ['b', 2]]).keys()]);
I('map values iterator', () => [new Map([['a', 1], ['b', 2]]).values()]);
I('map iterator partially consumed', () => { const it = new Map([['a', 1], ['b', 2]]).keys(); it.next(); return [it]; });
I('set iterator', () => [new Set([1, 2]).values()]);
I('set entries iterator', () => [new Set([1, 2]).entries()]);
I('map iterator maxArrayLength', () => [new Map([[1, 2], [3, 4], [5, 6]]).entries(), { maxArrayLength: 1 }]);
I('empty set iterator', () => [new Set().values()]);

// Functions & classes.
I('function', () => [function f() {}]);
I('anonymous function', () => [(() => function () {})()]);
I('arrow', () => { const arrow = () => {}; return [arrow]; });
I('class', () => [class A {}]);
I('class extends', () => { class A {} class B extends A {} return [B]; });
I('anonymous class', () => [(() => class {})()]);
I('class extends null', () => [class N extends null {}]);
I('class with static', () => [class S { static x = 1; }]);
I('async function', () => [async function f() {}]);
I('async arrow', () => { const af = async () => {}; return [af]; });
I('generator function', () => [function* g() {}]);
I('async generator function', () => [async function* h() {}]);
I('function with props', () => { function f() {} f.x = 1; return [f]; });
I('function null proto', () => { function f() {} Object.setPrototypeOf(f, null); return [f]; });
I('bound function', () => { function f() {} return [f.bind(null)]; });
I('function in object', () => [{ f() {}, g: function () {}, h: () => {}, k: class {} }]);
I('function renamed', () => { function f() {} Object.defineProperty(f, 'name', { value: 'renamed' }); return [f]; });
I('builtin function', () => [Math.max]);
I('function with toStringTag', () => { function f() {} f[Symbol.toStringTag] = 'T'; return [f]; });
I('class showHidden', () => [class A { static m() {} }, { showHidden: true }]);

// Builtins.
I('date', () => [new Date(0)]);
I('invalid date', () => [new Date(NaN)]);
I('date with prop', () => { const d = new Date(86400000); d.x = 1; return [d]; });
I('date subclass', () => { class MyDate extends Date {} return [new MyDate(0)]; });
I('regexp', () => [/ab+c/gi]);
I('regexp escaped', () => [/a\/b[\]]/u]);
I('regexp with prop', () => { const r = /x/; r.y = 1; return [r]; });
I('regexp subclass', () => { class R extends RegExp {} return [new R('x', 'g')]; });
I('regexp in depth', () => [{ a: { b: { c: { d: /x/ } } } }]);
I('boxed number', () => [new Number(3)]); // eslint-disable-line no-new-wrappers
I('boxed -0', () => [new Number(-0)]); // eslint-disable-line no-new-wrappers
I('boxed string', () => [new String('abc')]); // eslint-disable-line no-new-wrappers
I('boxed string props', () => { const s = new String('ab'); s.x = 1; return [s]; }); // eslint-disable-line no-new-wrappers
I('boxed boolean', () => [new Boolean(false)]); // eslint-disable-line no-new-wrappers
I('boxed bigint', () => [Object(5n)]);
I('boxed symbol', () => [Object(Symbol('s'))]);
I('boxed colors', () => [[new Number(1), new String('s')], { colors: true }]);
I('promise resolved', () => [Promise.resolve(1)]);
I('promise pending', () => [new Promise(() => {})]);
I('promise rejected', () => { const p = Promise.reject(noStack(new Error('bad'))); p.catch(() => {}); return [p]; });
I('promise rejected primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return [p]; });
I('promise object', () => [Promise.resolve({ a: [1, 2] })]);
I('promise with prop', () => { const p = Promise.resolve(2); p.x = 1; return [p]; });
I('promise nested', () => [{ p: Promise.resolve(Promise.resolve(1)) }]);
I('typed array', () => [new Uint8Array([1, 2, 3])]);
I('typed array empty', () => [new Float64Array(0)]);
I('typed array floats', () => [new Float32Array([1.5, -0, NaN])]);
I('typed array bigint', () => [new BigInt64Array([1n, -2n])]);
I('typed array long', () => [new Uint16Array(120)]);
I('typed array grouping', () => [new Int32Array(Array.from({ length: 20 }, (_, i) => i * 1000 - 5000))]);
I('typed array showHidden', () => [new Uint8Array([1, 2]), { showHidden: true }]);
I('typed array props', () => { const t = new Int8Array(2); t.x = 1; return [t]; });
I('typed array subclass', () => { class MyU8 extends Uint8Array {} return [new MyU8(2)]; });
I('typed array maxArrayLength', () => [new Uint8Array(10), { maxArrayLength: 3 }]);
I('array buffer', () => [new Uint8Array([1, 2]).buffer]);
I('array buffer empty', () => [new ArrayBuffer(0)]);
I('array buffer long', () => [new ArrayBuffer(120)]);
I('array buffer maxArrayLength', () => [new ArrayBuffer(10), { maxArrayLength: 4 }]);
I('shared array buffer', () => [new SharedArrayBuffer(3)]);
I('dataview', () => [new DataView(new ArrayBuffer(4), 1, 2)]);
I('arguments', () => [(function () { return arguments; })(1, 2)]); // eslint-disable-line prefer-rest-params
I('arguments empty', () => [(function () { return arguments; })()]); // eslint-disable-line prefer-rest-params
I('globalThis-like Math', () => [Math]);
I('JSON', () => [JSON]);
I('generator object', () => [(function* g() {})()]);
I('proxy object', () => [new Proxy({ a: 1 }, {})]);
I('proxy showProxy', () => [new Proxy({ a: 1 }, { get() { return 1; } }), { showProxy: true }]);
I('proxy function', () => [new Proxy(function f() {}, {})]);
I('proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return [r.proxy]; });
I('proxy array', () => [new Proxy([1, 2], {})]);
I('proxy showProxy depth', () => [{ a: { b: { c: new Proxy({}, {}) } } }, { showProxy: true }]);

// Errors.
I('error no stack', () => [noStack(new Error('msg'))]);
I('error no stack empty msg', () => [noStack(new Error())]);
I('type error no stack', () => [noStack(new TypeError('bad type'))]);
I('error plain stack', () => { const e = new Error('boom'); e.stack = 'Error: boom'; return [e]; });
I('error with stack', () => [new Error('with stack')]);
I('error nested', () => [{ err: new Error('nested') }]);
I('error nested no stack', () => [{ err: noStack(new Error('nested')) }]);
I('error in array no stack', () => [[noStack(new Error('a')), noStack(new RangeError('b'))]]);
I('error code prop', () => { const e = noStack(new Error('msg')); e.code = 'X'; return [e]; });
I('error code prop with stack', () => { const e = new Error('msg'); e.code = 'ERR_X'; e.info = { a: 1 }; return [e]; });
I('error name changed', () => { const e = noStack(new Error('msg')); e.name = 'CustomError'; return [e]; });
I('error name changed with stack', () => { const e = new Error('msg'); e.name = 'Foo'; return [e]; });
I('error subclass', () => { class MyError extends Error {} return [noStack(new MyError('m'))]; });
I('error subclass with stack', () => { class MyError extends Error {} return [new MyError('m')]; });
I('error subclass named', () => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } return [noStack(new MyError('m'))]; });
I('error subclass named stack', () => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return [new ValidationError('m')]; });
I('error null proto', () => { const e = noStack(new Error('m')); Object.setPrototypeOf(e, null); return [e]; });
I('error cause', () => [noStack(new Error('outer', { cause: noStack(new Error('inner')) }))]);
I('error cause primitive', () => [noStack(new Error('outer', { cause: 'why' }))]);
I('error cause with stacks', () => { const inner = new Error('inner'); return [new Error('outer', { cause: inner })]; });
I('aggregate error', () => [noStack(new AggregateError([noStack(new Error('a')), 1], 'many'))]);
I('error stack without message', () => { const e = new Error('msg'); e.stack = 'Something else entirely'; return [e]; });
I('error message with newline', () => [noStack(new Error('line1\nline2'))]);
I('error depth exceeded', () => [{ a: { b: { c: noStack(new Error('deep')) } } }]);
I('error showHidden', () => [noStack(new Error('hid')), { showHidden: true }]);
I('error message own enumerable', () => { const e = noStack(new Error('x')); Object.defineProperty(e, 'message', { value: 'x', enumerable: true }); return [e]; });
I('error with indentation stack', () => [{ a: { e: new Error('indent') } }]);
I('not an error object w/ Error proto', () => [Object.create(Error.prototype)]);
I('error empty name', () => { const e = noStack(new Error('m')); e.name = ''; return [e]; });

// Custom inspect.
I('custom inspect string', () => [{ [util.inspect.custom]() { return 'CUSTOM'; } }]);
I('custom inspect object', () => [{ [util.inspect.custom]() { return { x: 1 }; } }]);
I('custom inspect nested', () => [{ a: { [util.inspect.custom]() { return 'line1\nline2'; } } }]);
I('custom inspect args', () => [{ a: { [util.inspect.custom](depth, opts, insp) { return `d=${depth} c=${opts.compact} bl=${opts.breakLength} same=${typeof insp}`; } } }]);
I('custom inspect returns this', () => { const o = { a: 1, [util.inspect.custom]() { return this; } }; return [o]; });
I('custom inspect uses inspect', () => [{ a: { [util.inspect.custom](d, o, insp) { return insp({ z: [1, 2] }, o); } } }]);
I('custom inspect disabled', () => [{ a: 1, [util.inspect.custom]() { return 'X'; } }, { customInspect: false }]);
I('custom inspect class', () => { class P { [util.inspect.custom]() { return 'P!'; } } return [[new P(), new P()]]; });
I('custom inspect user options', () => [{ [util.inspect.custom](d, o) { return `${o.myOpt}`; } }, { myOpt: 42 }]);
I('custom inspect stylize', () => [{ [util.inspect.custom](d, o) { return o.stylize('s', 'string'); } }, { colors: true }]);
I('custom inspect on proxy', () => [new Proxy({ [util.inspect.custom]() { return 'PX'; } }, {})]);

// Colors.
I('colors primitives', () => [[1, 'a', true, null, undefined, Symbol('s'), 2n], { colors: true }]);
I('colors object', () => [{ a: 1, d: new Date(0), r: /x/, f() {}, u: undefined }, { colors: true }]);
I('colors grouping', () => [Array.from({ length: 20 }, (_, i) => i), { colors: true }]);
I('colors circular', () => { const o = {}; o.o = o; return [o, { colors: true }]; });
I('colors holes', () => [[1, , 2], { colors: true }]); // eslint-disable-line no-sparse-arrays
I('colors map', () => [new Map([['a', 1]]), { colors: true }]);
I('colors error with stack', () => [new Error('colored'), { colors: true }]);
I('colors error node_modules frames', () => { const e = new Error('nm'); e.stack = `Error: nm\n    at f (${process.cwd()}/node_modules/pkg/index.js:1:1)\n    at g (/x/node_modules/@scope/pkg/lib/a.js:2:2)\n    at h (node:internal/timers:1:1)\n    at file://${process.cwd()}/a.mjs:1:1`; return [e, { colors: true }]; });
I('colors error no stack', () => [noStack(new Error('c')), { colors: true }]);

// More edge cases.
I('showHidden proto getter', () => { class A { get g() { return 1; } m() {} } A.prototype.data = 5; return [new A(), { showHidden: true }]; });
I('showHidden subclass proto props', () => { class A {} A.prototype.x = 1; class B extends A {} B.prototype.y = 2; return [new B(), { showHidden: true }]; });
I('showHidden object', () => [{ a: 1, b: [1] }, { showHidden: true }]);
I('showHidden map', () => [new Map([[1, 2]]), { showHidden: true }]);
I('showHidden weakset', () => [new WeakSet(), { showHidden: true }]);
I('showHidden weakset items', () => { const k = [{ b: 2 }, { a: 1 }]; globalThis.__keep = k; return [new WeakSet(k), { showHidden: true }]; });
I('showHidden weakmap items', () => { const k = [{ b: 2 }, { a: 1 }]; globalThis.__keep2 = k; return [new WeakMap([[k[0], 'x'], [k[1], 'y']]), { showHidden: true }]; });
I('showHidden function', () => [function foo(a, b) {}, { showHidden: true }]);
I('showHidden error props', () => { const e = noStack(new Error('x')); e.extra = 1; return [e, { showHidden: true }]; });
I('constructor tampered', () => { const o = { a: 1 }; o.constructor = 'nope'; return [o]; });
I('constructor prop on proto non fn', () => { const p = { constructor: 5 }; return [Object.create(p)]; });
I('anonymous ctor proto', () => { const F = (() => function () {})(); F.prototype.constructor = F; return [new F()]; });
I('null proto with tag', () => { const o = Object.create(null); Object.defineProperty(o, Symbol.toStringTag, { value: 'T' }); o.a = 1; return [o]; });
I('array class with tag', () => { class A extends Array { get [Symbol.toStringTag]() { return 'Tg'; } } return [A.from([1])]; });
I('numeric-ish keys', () => [{ '01': 1, '1.5': 2, '-1': 3, 10: 4, 2: 5 }]);
I('key needs escape', () => [{ 'a\nb': 1, 'c\\d': 2, "e'f": 3, 'g"h': 4 }]);
I('map depth exceeded', () => [{ a: { b: { c: new Map([[1, 2]]) } } }]);
I('map circular ref', () => { const m = new Map(); const o = { m }; m.set('o', o); return [o]; });
I('error stack number', () => { const e = new Error('x'); e.stack = 42; return [e]; });
I('error message not in stack', () => { const e = new Error('x'); e.stack = 'Error: y\n    at foo (bar.js:1:1)'; return [e]; });
I('error no name prop', () => { const e = noStack(new Error('m')); Object.defineProperty(e, 'name', { value: undefined }); return [e]; });
I('error message enumerable in stack', () => { const e = new Error('m'); e.stack = 'Error: m'; Object.defineProperty(e, 'message', { enumerable: true }); return [e]; });
I('sparse with extra keys', () => { const a = [1, , 3]; a.k = 'v'; return [a]; }); // eslint-disable-line no-sparse-arrays
I('proxy of map', () => [new Proxy(new Map([[1, 2]]), {})]);
I('Object.prototype', () => [Object.prototype]);
I('Array.prototype', () => [Array.prototype]);
I('Function.prototype', () => [Function.prototype]);
I('Map.prototype', () => [Map.prototype]);
I('class prototype', () => { class K { m() {} } return [K.prototype]; });
I('typed array empty showHidden', () => [new Uint8Array(0), { showHidden: true }]);
I('map of maps', () => [new Map([[1, new Map()], [2, new Set([new Map()])]])]);
I('empty collections array', () => [[new Set(), new Map(), [], {}]]);
I('deep nested arrays', () => [{ a: [[1, 2, [3, 4, [5]]]] }]);
I('array of short objects', () => [Array.from({ length: 10 }, (_, i) => ({ a: i }))]);
I('array mixed short', () => [[1, 'a', 2, 'b', 3, 'c', 4, 'd', null, undefined, true]]);
I('stylize option', () => [{ a: 1 }, { stylize: (s) => `<${s}>` }]);
I('string colors', () => ['str', { colors: true }]);
I('long key', () => [{ ['k'.repeat(70)]: 'v'.repeat(20) }]);
I('wide strings grouped', () => [['中文', '日本語', '한국어', 'abc', '中', 'xyz', '漢字かな', 'ok']]);
I('emoji strings grouped', () => [['🚀', '😀', 'a', 'b', 'c', 'd', 'e', 'f', 'gg']]);
I('combining strings grouped', () => [['e\u0301', 'a', 'b', 'c', 'd', 'e', 'f', 'g']]);
I('depth with custom', () => [{ a: { b: { c: { [util.inspect.custom](d) { return `depth ${d}`; } } } } }]);
I('custom inspect returns object deep', () => [{ a: { b: { [util.inspect.custom]() { return { x: { y: { z: 1 } } }; } } } }]);
I('getter on prototype only', () => { class G { get v() { return 1; } } return [new G()]; });
I('accessor no getter', () => [Object.defineProperty({}, 'w', { set(v) {}, enumerable: true })]);
I('nonenumerable symbol showHidden', () => { const o = {}; Object.defineProperty(o, Symbol('h'), { value: 1 }); return [o, { showHidden: true }]; });
I('object with 26 number values', () => [{ arr: Array.from({ length: 26 }, (_, i) => i * 7), s: 'x' }]);
I('nested map in array grouping', () => [Array.from({ length: 8 }, (_, i) => new Map([[i, i]]))]);
I('iterator in object', () => [{ it: new Map([[1, { a: 1 }]]).entries() }]);
I('boxed string long', () => [new String('x'.repeat(100))]); // eslint-disable-line no-new-wrappers
I('boxed with null proto', () => { const n = new Number(5); Object.setPrototypeOf(n, null); return [n]; }); // eslint-disable-line no-new-wrappers
I('date null proto', () => { const d = new Date(0); Object.setPrototypeOf(d, null); return [d]; });
I('regexp null proto', () => { const r = /x/g; Object.setPrototypeOf(r, null); return [r]; });
I('promise subclass', () => { class P extends Promise {} return [P.resolve(1)]; });
I('set null proto many', () => { const st = new Set([1, 2, 3]); Object.setPrototypeOf(st, null); return [st, { maxArrayLength: 1 }]; });
I('map null proto many', () => { const m = new Map([[1, 2], [3, 4]]); Object.setPrototypeOf(m, null); return [m, { maxArrayLength: 1 }]; });
I('set overridden iterator', () => { class S extends Set { *[Symbol.iterator]() { yield 'x'; } } return [new S([1, 2])]; });
I('map overridden size', () => { class M extends Map { get size() { return 1; } } return [new M([[1, 2], [3, 4]])]; });
I('set null proto', () => { const s = new Set([1]); Object.setPrototypeOf(s, null); return [s]; });
I('object with function values grouping', () => [[function a() {}, function b() {}, function c() {}, function d() {}, function e() {}, function f() {}, function g() {}]]);
I('big negative and float array', () => [[-1.5, 1e21, -0, 0.1, 2e-7, 3, 4, 5, 6]]);
I('breakLength 0', () => [{ a: 1 }, { breakLength: 0 }]);
I('maxArrayLength negative', () => [[1, 2], { maxArrayLength: -1 }]);
I('object key ordering', () => [{ b: 1, 2: 'two', a: 2, 1: 'one', [Symbol('z')]: 0 }]);
F('format %s negative zero in array', () => ['%s', [-0]]);
F('format %s with inherited toString', () => { const proto = { toString() { return 'P'; } }; return ['%s', Object.create(proto)]; });
F('format %s regexp', () => ['%s', /re/g]);
F('format %s symbol-keyed object', () => ['%s', { [Symbol('a')]: 1 }]);
F('format %d empty string', () => ['%d', '']);
F('format %i float string', () => ['%i', '-3.9e2']);
F('format %o array', () => ['%o', [1, [2]]]);
F('format %o class', () => ['%o', class Q {}]);
F('format %s%%', () => ['%s%%', 5]);
F('format multiple %j', () => ['%j %j', 1, 'a']);
F('format %j bigint', () => ['%j', { toJSON: undefined, a: 1 }]);
F('format first arg symbol', () => [Symbol('first'), 'x']);
F('format % at end', () => ['%', 1]);
// format.
F('format plain', () => ['hello']);
F('format %s', () => ['a %s b', 'x']);
F('format %s number', () => ['%s %s %s', 1, -0, 1.5]);
F('format %s bigint', () => ['%s', 10n]);
F('format %s symbol', () => ['%s', Symbol('q')]);
F('format %s undefined null', () => ['%s %s', undefined, null]);
F('format %s object', () => ['%s', { a: { b: { c: 1 } } }]);
F('format %s array', () => ['%s', [1, [2, [3]]]]);
F('format %s own toString', () => ['%s', { toString() { return 'custom!'; } }]);
F('format %s class toString', () => { class X { toString() { return 'X!'; } } return ['%s', new X()]; });
F('format %s class no toString', () => { class X { constructor() { this.a = 1; } } return ['%s', new X()]; });
F('format %s error', () => ['%s', noStack(new Error('e'))]);
F('format %s date', () => ['%s', new Date(0)]);
F('format %s function', () => ['%s', function foo() { return 1; }]);
F('format %s null proto', () => ['%s', Object.create(null)]);
F('format %d', () => ['%d', 42]);
F('format %d string', () => ['%d', '42.5']);
F('format %d -0', () => ['%d', -0]);
F('format %d bigint', () => ['%d', 5n]);
F('format %d symbol', () => ['%d', Symbol('x')]);
F('format %d object', () => ['%d', {}]);
F('format %i', () => ['%i', 42.9]);
F('format %i string', () => ['%i', '0x10']);
F('format %i bigint', () => ['%i', 7n]);
F('format %i symbol', () => ['%i', Symbol('x')]);
F('format %f', () => ['%f', '1.5abc']);
F('format %f symbol', () => ['%f', Symbol('x')]);
F('format %f bigint', () => ['%f', 3n]);
F('format %j', () => ['%j', { a: [1, 'x'] }]);
F('format %j circular', () => { const o = {}; o.o = o; return ['%j', o]; });
F('format %j undefined', () => ['%j', undefined]);
F('format %j toJSON', () => ['%j', { toJSON() { return 'J'; } }]);
F('format %o', () => ['%o', { a: [1, 2], f() {} }]);
F('format %o function', () => ['%o', function foo(a) { return a; }]);
F('format %o nested', () => ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }]);
F('format %O', () => ['%O', { a: { b: { c: { d: 1 } } } }]);
F('format %c', () => ['%cstyled%c', 'color: red', 'x']);
F('format %%', () => ['100%% %s', 'sure']);
F('format %% alone', () => ['%%']);
F('format %% no args', () => ['a %% b %s']);
F('format unknown', () => ['%x %s', 1]);
F('format trailing %', () => ['abc %', 1]);
F('format missing args', () => ['%s %s %d', 'only']);
F('format extra args', () => ['%s', 'a', 'b', 3, { c: 1 }]);
F('format no placeholders extra', () => ['hello', 'world', 42]);
F('format non-string first', () => [1, 'two', { three: 3 }]);
F('format object first', () => [{ a: 1 }, 'x']);
F('format no args', () => []);
F('format only undefined', () => [undefined]);
F('format string strings args', () => ['a', 'b\nc', "d'e"]);
F('format %s long string', () => ['%s', 'x'.repeat(100)]);
F('format %s nested error', () => ['%s', { e: noStack(new Error('z')) }]);
F('format adjacent', () => ['%s%s', 'a', 'b']);
F('format %s proxy', () => ['%s', new Proxy({ a: 1 }, {})]);
F('format %s map', () => ['%s', new Map([[1, { a: { b: 1 } }]])]);
F('format %s boxed', () => ['%s', new String('boxed')]); // eslint-disable-line no-new-wrappers
W('formatWithOptions colors', () => [{ colors: true }, '%s %O', 'x', { a: 1 }]);
W('formatWithOptions depth', () => [{ depth: 0 }, { a: { b: 1 } }]);
W('formatWithOptions null', () => [null, 'x']);
W('formatWithOptions string', () => ['opts', 'x']);
W('formatWithOptions long string', () => ["it's a very long string that will be cut", 'x']);
W('formatWithOptions number', () => [-0, 'x']);
W('formatWithOptions function', () => [function named() {}, 'x']);
W('formatWithOptions array', () => [[], '%s', 1]);
W('formatWithOptions undefined', () => [undefined]);
W('formatWithOptions null proto object', () => [Object.create(null), 'y']);
W('formatWithOptions compact', () => [{ compact: false }, 'v:', { a: 1 }]);

// Seeded random structures: exercises layout (grouping, line breaking,
// compact levels) on shapes nobody would write by hand.
function makeRng(seed) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}
function randomValue(rng, level) {
  const pick = (n) => Math.floor(rng() * n);
  const words = ['a', 'bb', 'ccc', 'key', 'value', 'some longer text here', "it's", 'x-y', '日本', 'line\nbreak', ''];
  const leaf = () => {
    switch (pick(9)) {
      case 0: return pick(1000);
      case 1: return -pick(100000) / 7;
      case 2: return words[pick(words.length)];
      case 3: return 'w'.repeat(pick(40));
      case 4: return pick(2) === 0;
      case 5: return null;
      case 6: return undefined;
      case 7: return BigInt(pick(1e6));
      default: return pick(10);
    }
  };
  if (level > 4 || rng() < 0.35) return leaf();
  switch (pick(6)) {
    case 0: case 1: {
      const o = {};
      const n = pick(8);
      for (let i = 0; i < n; i++) o[words[pick(words.length)] + (pick(3) ? '' : i)] = randomValue(rng, level + 1);
      return o;
    }
    case 2: {
      const n = pick(3) === 0 ? pick(40) : pick(8);
      const numeric = rng() < 0.5;
      return Array.from({ length: n }, () => (numeric ? pick(10 ** (1 + pick(5))) : randomValue(rng, level + 1)));
    }
    case 3: return new Map(Array.from({ length: pick(5) }, () => [leaf(), randomValue(rng, level + 1)]));
    case 4: return new Set(Array.from({ length: pick(6) }, () => randomValue(rng, level + 1)));
    default: return [randomValue(rng, level + 1), randomValue(rng, level + 1)];
  }
}
for (let seed = 1; seed <= 150; seed++) {
  I(`random #${seed}`, () => {
    const rng = makeRng(seed * 2654435761);
    const value = randomValue(rng, 0);
    const opts = [undefined, { compact: 1 }, { compact: false }, { breakLength: 40 }, { depth: 4 },
      { compact: true }, { sorted: true }, { breakLength: 120, compact: 5 }][seed % 8];
    return opts === undefined ? [value] : [value, opts];
  });
}

// --- run -------------------------------------------------------------------

const args = process.argv.slice(2);
const verbose = args.includes('-v');
const filter = args.find((a) => a !== '-v');

function run(impl, c) {
  const vals = c.make();
  try {
    if (c.kind === 'i') return impl.inspect(...vals);
    if (c.kind === 'f') return impl.format(...vals);
    return impl.formatWithOptions(...vals);
  } catch (err) {
    return `<<threw ${err && err.name} ${err && err.code} ${err && err.message}>>`;
  }
}

let pass = 0;
const failures = [];
for (const c of cases) {
  if (filter && !c.name.includes(filter)) continue;
  // One call site for all, so error stacks captured in make() are identical.
  const usesPreview = /iterator|weak/i.test(c.name);
  const impls = usesPreview ? [util, mine, minePlain] : [util, mine];
  const [expected, actual, actualPlain = expected] = impls.map((impl) => run(impl, c));
  if (actualPlain !== expected) {
    failures.push({ c: { name: `${c.name} (plain previewEntries)` }, expected, actual: actualPlain });
  }
  if (expected === actual) {
    pass++;
    if (verbose) console.log(`ok   ${c.name}\n${expected}\n`);
  } else {
    failures.push({ c, expected, actual });
  }
}

// A few API-surface checks.
const api = [
  ['inspect.custom', mine.inspect.custom === util.inspect.custom],
  ['defaultOptions', util.isDeepStrictEqual({ ...mine.inspect.defaultOptions }, { ...util.inspect.defaultOptions })],
  ['colors', util.isDeepStrictEqual({ ...mine.inspect.colors }, { ...util.inspect.colors }) &&
    mine.inspect.colors.grey === mine.inspect.colors.gray],
  ['styles', util.isDeepStrictEqual({ ...mine.inspect.styles }, { ...util.inspect.styles })],
  ['stripVTControlCharacters', mine.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link') ===
    util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link')],
  ['no previewEntries', (() => {
    const m = load({ ...binding, previewEntries: undefined });
    return m.inspect(new Map([[1, 2]]).keys()) === '[Map Iterator] {  }' &&
      m.inspect(new WeakSet(), { showHidden: true }) === 'WeakSet { <items unknown> }';
  })()],
  ['stripVTControlCharacters type check', (() => {
    try {
      mine.stripVTControlCharacters(5);
      return false;
    } catch (err) {
      return err.code === 'ERR_INVALID_ARG_TYPE' &&
        err.message === 'The "str" argument must be of type string. Received type number (5)';
    }
  })()],
  ['boa-style inherited stack (frames only)', (() => {
    const frames = '    at f (x.js:1:2)\n    at <main> (x.js:3:4)\n';
    class BoaError extends Error {}
    Object.defineProperty(BoaError.prototype, 'stack', { get() { return frames; }, configurable: true });
    const boaLike = (msg, props) => {
      const e = new BoaError(msg);
      delete e.stack;
      return Object.assign(e, props);
    };
    const nodeLike = (msg, props) => {
      const e = new BoaError(msg);
      e.stack = `Error: ${msg}\n${frames.trimEnd()}`;
      return Object.assign(e, props);
    };
    const pairs = [
      [boaLike('m'), nodeLike('m')],
      [{ nested: boaLike('n', { code: 'E' }) }, { nested: nodeLike('n', { code: 'E' }) }],
    ];
    return pairs.every(([b, n]) => mine.inspect(b) === util.inspect(n));
  })()],
  ['defaultOptions setter', (() => {
    const saved = { ...mine.inspect.defaultOptions };
    mine.inspect.defaultOptions = { depth: 0 };
    const out = mine.inspect({ a: { b: 1 } });
    mine.inspect.defaultOptions = saved;
    return out === '{ a: [Object] }' && mine.inspect({ a: { b: 1 } }) === '{ a: { b: 1 } }';
  })()],
];
let apiPass = 0;
for (const [name, ok] of api) {
  if (filter) break;
  if (ok) apiPass++;
  else failures.push({ c: { name: `api: ${name}` }, expected: 'true', actual: 'false' });
}

const total = (filter ? cases.filter((c) => c.name.includes(filter)).length : cases.length);
for (const f of failures.slice(0, 15)) {
  console.log(`FAIL ${f.c.name}`);
  console.log('  expected:', JSON.stringify(f.expected));
  console.log('  actual:  ', JSON.stringify(f.actual));
  if (!verbose) {
    const e = String(f.expected).split('\n');
    const a = String(f.actual).split('\n');
    for (let i = 0; i < Math.max(e.length, a.length); i++) {
      if (e[i] !== a[i]) {
        console.log(`  first differing line ${i + 1}:\n    - ${e[i]}\n    + ${a[i]}`);
        break;
      }
    }
  }
}
if (failures.length > 15) console.log(`... and ${failures.length - 15} more failures`);
console.log(`${pass}/${total} cases passed` + (filter ? '' : `, ${apiPass}/${api.length} api checks`));
process.exit(failures.length === 0 ? 0 : 1);
