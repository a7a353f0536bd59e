// core/js/test/modules.test.js — owns the Node-oracle test suite for the JS
// builtins (internal/errors, events, util, path, assert).  Each scenario runs
// once against loopscope's module files (loaded with the runtime's module
// contract, `binding` and `internal/inspect` shimmed with Node's own util) and
// once against Node's real modules; the logged outputs must be identical.
//
//   node core/js/test/modules.test.js [filter]
'use strict';

if (!process.execArgv.includes('--expose-internals')) {
  // Node's internal/errors + internal/validators are the oracle for our
  // internal/errors module; they need this flag.
  const { status } = require('child_process').spawnSync(
    process.execPath, ['--expose-internals', ...process.execArgv, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(status === null ? 1 : status);
}

const fs = require('fs');
const nodePath = require('path');
const vm = require('vm');
const nodeUtil = require('util');

const JS_ROOT = nodePath.join(__dirname, '..');
const FILES = {
  'internal/errors': 'internal/errors.js',
  'internal/comparisons': 'internal/comparisons.js',
  'internal/events_on': 'internal/events_on.js',
  events: 'events.js',
  util: 'util.js',
  path: 'path.js',
  assert: 'assert.js',
};

// ---------------------------------------------------------------------------
// binding shim (what the Rust host provides)
// ---------------------------------------------------------------------------
function makeBinding() {
  const t = nodeUtil.types;
  return {
    internalType(v) {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v;
      if (t.isProxy(v)) return 'Proxy';
      if (t.isPromise(v)) return 'Promise';
      if (t.isMap(v)) return 'Map';
      if (t.isSet(v)) return 'Set';
      if (t.isWeakMap(v)) return 'WeakMap';
      if (t.isWeakSet(v)) return 'WeakSet';
      if (t.isDate(v)) return 'Date';
      if (t.isRegExp(v)) return 'RegExp';
      if (t.isNativeError(v)) return 'Error';
      if (t.isArrayBuffer(v)) return 'ArrayBuffer';
      if (t.isSharedArrayBuffer(v)) return 'SharedArrayBuffer';
      if (t.isDataView(v)) return 'DataView';
      if (t.isTypedArray(v)) return 'TypedArray';
      if (t.isMapIterator(v)) return 'MapIterator';
      if (t.isSetIterator(v)) return 'SetIterator';
      if (t.isGeneratorObject(v)) {
        return Object.prototype.toString.call(v) === '[object AsyncGenerator]' ? 'AsyncGenerator' : 'Generator';
      }
      if (t.isNumberObject(v)) return 'BoxedNumber';
      if (t.isStringObject(v)) return 'BoxedString';
      if (t.isBooleanObject(v)) return 'BoxedBoolean';
      if (t.isBigIntObject(v)) return 'BoxedBigInt';
      if (t.isSymbolObject(v)) return 'BoxedSymbol';
      if (t.isArgumentsObject(v)) return 'Arguments';
      if (typeof v === 'function') return 'Function';
      return 'Object';
    },
    isClassConstructor(fn) {
      return typeof fn === 'function' && /^class\b/.test(Function.prototype.toString.call(fn));
    },
    getPromiseState(p) {
      const s = nodeUtil.inspect(p, { depth: 0 });
      if (s.includes('<pending>')) return 0;
      if (s.includes('<rejected>')) return 2;
      return 1;
    },
  };
}

// ---------------------------------------------------------------------------
// Loader implementing the runtime's module contract.
// `globals` optionally shadows globals (e.g. globalThis) inside the modules.
// ---------------------------------------------------------------------------
function createLoader(globals = {}) {
  const cache = new Map();
  const binding = makeBinding();
  const inspectShim = {
    inspect: nodeUtil.inspect,
    format: nodeUtil.format,
    formatWithOptions: nodeUtil.formatWithOptions,
  };
  const extraNames = Object.keys(globals);
  const extraValues = extraNames.map((k) => globals[k]);
  function req(id) {
    if (id === 'internal/inspect') return inspectShim;
    if (cache.has(id)) return cache.get(id).exports;
    const file = FILES[id];
    if (!file) throw new Error(`loader: unknown builtin module '${id}'`);
    const filename = nodePath.join(JS_ROOT, file);
    const src = fs.readFileSync(filename, 'utf8');
    const wrapper = `(function (exports, require, module, binding${extraNames.map((n) => `, ${n}`).join('')}) {${src}\n})`;
    const fn = vm.runInThisContext(wrapper, { filename });
    const module = { exports: {} };
    cache.set(id, module);
    fn.call(undefined, module.exports, req, module, binding, ...extraValues);
    return module.exports;
  }
  return req;
}

function loadOurs(globals) {
  const req = createLoader(globals);
  return {
    errors: req('internal/errors'),
    events: req('events'),
    util: req('util'),
    path: req('path'),
    assert: req('assert'),
  };
}

function loadNode() {
  return {
    // Node's internals (the test re-executes itself with --expose-internals)
    errors: { ...require('internal/errors'), ...require('internal/validators') },
    events: require('events'),
    util: require('util'),
    path: require('path'),
    assert: require('assert'),
  };
}

// ---------------------------------------------------------------------------
// Value description (stable text for comparing the two runs)
// ---------------------------------------------------------------------------
function describeError(e) {
  if (!(e instanceof Error) && !(e && typeof e === 'object' && 'message' in e)) {
    return `THROWN(${show(e)})`;
  }
  const ctor = e.constructor && e.constructor.name;
  const parts = [
    `ctor=${ctor}`,
    `name=${e.name}`,
    `code=${e.code}`,
    `message=${JSON.stringify(e.message)}`,
    `str=${JSON.stringify(safeString(e))}`,
    `keys=${Object.keys(e).join(',')}`,
    `instTE=${e instanceof TypeError}`,
    `instRE=${e instanceof RangeError}`,
  ];
  for (const k of Object.keys(e)) {
    if (k === 'code' || k === 'name') continue;
    parts.push(`${k}=${show(e[k], 1)}`);
  }
  if (e.cause !== undefined) parts.push(`cause=${show(e.cause, 1)}`);
  if (typeof e.stack === 'string') parts.push(`stack0=${JSON.stringify(e.stack.split('\n')[0])}`);
  return `Error{${parts.join(' ')}}`;
}

function safeString(v) {
  try {
    return String(v);
  } catch (e) {
    return `<String() threw ${e && e.message}>`;
  }
}

function show(v, depth = 4) {
  if (v instanceof Error) return depth > 0 ? describeError(v) : `[${v.name}: ${v.message}]`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v) && v.some((x) => x instanceof Error)) return `[ ${v.map((x) => show(x, depth - 1)).join(', ')} ]`;
  return nodeUtil.inspect(v, { depth, showHidden: false, sorted: false, breakLength: Infinity });
}

// ---------------------------------------------------------------------------
// Scenario runner
// ---------------------------------------------------------------------------
const scenarios = [];
function scenario(group, name, fn, opts = {}) {
  scenarios.push({ group, name, fn, opts });
}

// Captures process.emitWarning calls during a scenario.
function withWarnings(log, fn) {
  const orig = process.emitWarning;
  process.emitWarning = (w, ...rest) => {
    if (w instanceof Error) {
      log(`WARNING ${w.name}: ${w.message} keys=${Object.keys(w).join(',')}` +
        ` type=${show(w.type, 0)} count=${w.count} rest=${show(rest, 1)}`);
    } else {
      log(`WARNING ${show(w)} ${show(rest.filter((r) => typeof r !== 'function'), 1)}`);
    }
  };
  let r;
  try {
    r = fn();
  } catch (e) {
    process.emitWarning = orig;
    throw e;
  }
  if (r && typeof r.then === 'function') {
    return r.finally(() => { process.emitWarning = orig; });
  }
  process.emitWarning = orig;
  return r;
}

async function runScenario(sc, mods) {
  const out = [];
  const log = (...args) => out.push(args.map((a) => (typeof a === 'string' ? a : show(a))).join(' '));
  const tryIt = (label, f) => {
    try {
      const r = f();
      log(`${label} =>`, r);
    } catch (e) {
      log(`${label} threw ${describeError(e)}`);
    }
  };
  const tryAsync = async (label, f) => {
    try {
      const r = await f();
      log(`${label} resolved`, r);
    } catch (e) {
      log(`${label} rejected ${describeError(e)}`);
    }
  };
  const ctx = { log, tryIt, tryAsync, show };
  try {
    await withWarnings(log, () => sc.fn(mods, ctx));
  } catch (e) {
    log(`SCENARIO THREW ${describeError(e)}`);
  }
  // let pending nextTick/microtask callbacks settle
  await new Promise((r) => setTimeout(r, 0));
  return out;
}

function diffLines(a, b) {
  const lines = [];
  const n = Math.max(a.length, b.length);
  let shown = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      if (++shown > 8) {
        lines.push('    ... (more differences)');
        break;
      }
      lines.push(`    line ${i}:`);
      lines.push(`      ours: ${a[i] === undefined ? '<missing>' : a[i]}`);
      lines.push(`      node: ${b[i] === undefined ? '<missing>' : b[i]}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------
// ---- path ------------------------------------------------------------------
const PATH_INPUTS = [
  '', '.', '..', '...', '/', '//', '///', 'a', '/a', '//a', '///a', 'a/', 'a//', '/a/', '//a//',
  'a/b', '/a/b', 'a/b/', '/a/b/', 'a/./b', 'a/../b', '/a/../b', '../a', '../../a', '/..', '/../a',
  './a', './', './/', 'a/..', 'a/../..', '/a/b/../../..', 'a/b/../../../c', 'foo/bar/baz/asdf/quux/..',
  '/foo/bar//baz/asdf/quux/..', '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', '/a/b.c', '/a/b.c/', '/a/.b',
  '/a/..b', 'a/b.', '/a/b..', '/a/...', 'file.txt', '/home/user/dir/file.txt', 'dir/file.tar.gz',
  '/.', '/./', '/.../', '.../', '../', '..//', '/a/b/c/./../d', 'a\\b', 'C:\\x\\y', '/x/y/z.d/',
  ' ', '/ /', 'a b/c d.e', '/ü/ñ.ü', '//server/share', 'a/b/./', '/a//b//c//', '...a', 'a...', '.a..',
];
scenario('path', 'normalize/isAbsolute/dirname/basename/extname/parse table', (m, { log }) => {
  for (const p of PATH_INPUTS) {
    log(JSON.stringify(p), m.path.normalize(p), m.path.isAbsolute(p), m.path.dirname(p),
      m.path.basename(p), m.path.extname(p), m.path.parse(p), m.path.toNamespacedPath(p));
  }
});
scenario('path', 'basename with suffix', (m, { log }) => {
  const exts = ['', '.js', 'js', 's', '.b', 'b', 'a', '/', 'b/', '.txt', 'file.txt', 'x.b.c', '.', '..', 'c'];
  for (const p of PATH_INPUTS) {
    for (const e of exts) log(JSON.stringify(p), JSON.stringify(e), m.path.basename(p, e));
  }
});
scenario('path', 'join table', (m, { log }) => {
  const cases = [[], [''], ['', ''], ['a'], ['a', 'b'], ['/a', 'b'], ['a', '/b'], ['/a/', '/b/'],
    ['a', '..', '..'], ['/', '..'], ['.', '.'], ['', 'a'], ['a', ''], ['/foo', 'bar', 'baz/asdf', 'quux', '..'],
    ['a', './b', '../c'], ['./', '../'], ['//a', '//b'], ['a/', ''], ['', '/'], ['.', '/'], ['..', '..', 'x']];
  for (const c of cases) log(JSON.stringify(c), m.path.join(...c));
});
scenario('path', 'resolve / relative table', (m, { log }) => {
  const cases = [[], [''], ['a'], ['/a'], ['/a', 'b'], ['/a', '/b'], ['/a', '..', 'c'], ['a', '/b', 'c'],
    ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'],
    ['/', '..'], ['.'], ['..'], ['/a/', ''], ['', '/x/']];
  for (const c of cases) log(JSON.stringify(c), m.path.resolve(...c));
  const rel = [['/a/b', '/a/b'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a', '/b'], ['/', '/a'], ['/a', '/'],
    ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'],
    ['a', 'b'], ['a/b', 'a'], ['', ''], ['', 'a'], ['.', '..'], ['/a/b/', '/a/b'], ['//a', '/a'], ['/x/y', '/x/y/z/w'],
    ['/page1/page2/foo', '/'], ['/', '/']];
  for (const [a, b] of rel) log(JSON.stringify([a, b]), m.path.relative(a, b));
});
scenario('path', 'format table', (m, { log, tryIt }) => {
  const objs = [{}, { root: '/' }, { dir: '/a' }, { base: 'x.js' }, { name: 'x', ext: '.js' }, { name: 'x', ext: 'js' },
    { root: '/', base: 'f' }, { root: '/r/', dir: '/r/', base: 'f' }, { dir: '/a', base: 'b', name: 'n', ext: '.e' },
    { root: '/', dir: '/x', name: 'n' }, { dir: 'd', ext: '.e' }, { root: 'r', name: 'n' }, { ext: '.' }];
  for (const o of objs) log(JSON.stringify(o), m.path.format(o));
  for (const p of PATH_INPUTS) log(JSON.stringify(p), m.path.format(m.path.parse(p)));
  for (const bad of [null, 1, 'x', undefined, []]) tryIt(`format(${show(bad)})`, () => m.path.format(bad));
});
scenario('path', 'argument validation', (m, { tryIt }) => {
  const bad = [1, null, undefined, {}, true, Symbol('s'), () => {}];
  for (const v of bad) {
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
      tryIt(`${fn}(${show(v)})`, () => m.path[fn](v));
    }
    tryIt(`join('a', v)`, () => m.path.join('a', v));
    tryIt(`resolve('a', v)`, () => m.path.resolve('a', v));
    tryIt(`resolve(v, '/a')`, () => m.path.resolve(v, '/a'));
    tryIt(`relative(v, 'a')`, () => m.path.relative(v, 'a'));
    tryIt(`relative('a', v)`, () => m.path.relative('a', v));
    tryIt(`basename('a', v)`, () => m.path.basename('a', v));
    tryIt(`basename(v, 1)`, () => m.path.basename(v, 1));
  }
  tryIt('toNamespacedPath(1)', () => m.path.toNamespacedPath(1));
});
scenario('path', 'constants & shape', (m, { log }) => {
  log(m.path.sep, m.path.delimiter, m.path.posix === m.path, typeof m.path.win32, m.path._makeLong('a'));
  log(Object.keys(m.path));
});
scenario('path', 'matchesGlob table', (m, { log, tryIt }) => {
  const cases = [['a/b/c.js', 'a/**/*.js'], ['a/.b/c.js', 'a/**/*.js'], ['a/b', 'a/*'], ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['.a', '*'],
    ['.a', '.*'], ['a', '?'], ['.', '?'], ['ab', 'a?'], ['a/b/c', '**'], ['.a/b', '**'], ['a/.b', '**'], ['a/b/c', 'a/**'], ['a', 'a/**'],
    ['a/', 'a/**'], ['a/b/', 'a/*'], ['a/b/', 'a/*/'], ['a/b', 'a/*/'], ['x', '{x,y}'], ['z', '{x,y}'], ['a1', 'a{1..3}'], ['a4', 'a{1..3}'],
    ['ab', 'a[bc]'], ['ad', 'a[bc]'], ['ad', 'a[!bc]'], ['ad', 'a[^bc]'], ['a-', 'a[a-c-]'], ['a/b', 'a[/]b'], ['a\\b', 'a\\b'],
    ['a/b', 'a\\b'], ['abc', 'a*c'], ['a/c', 'a*c'], ['/abs/x', '/abs/*'], ['abs/x', '/abs/*'], ['//abs//x', '/abs/*'], ['a/b/c/d', 'a/**/d'],
    ['a/d', 'a/**/d'], ['a/b/../d', 'a/*/../d'], ['a/./b', 'a/b'], ['a/b', 'a/./b'], ['!a', '!a'], ['b', '!a'], ['#a', '#a'], ['a', '+(a|b)'],
    ['ab', '+(a|b)'], ['c', '!(a|b)'], ['a', '!(a|b)'], ['a', '@(a|b)'], ['', '*'], ['a', '**/a'], ['x/a', '**/a'], ['.x/a', '**/a'],
    ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['a/b/c', 'a/*/c'], ['a/b/x/c', 'a/*/c'], ['A', 'a'],
    ['abc', '[[:alpha:]]bc'], ['1bc', '[[:alpha:]]bc'], ['a]', 'a]'], ['a[', 'a['], ['a*', 'a\\*'], ['a.b', 'a.b'], ['axb', 'a.b'],
    ['src/lib/x.test.js', 'src/**/*.test.js'], ['src/x.test.js', 'src/**/*.test.js'], ['a/b/c/d/e', '**/c/**'], ['file05', 'file{01..10}'],
    ['b', '{a..c}'], ['x{y}', 'x{y}'], ['foo.min.js', '*.!(min).js'], ['foo.js', '*.?(min.)js'], ['abbb', 'a*(b)'], ['.', '.'], ['..', '..'],
    ['a/..', 'a/..'], ['', ''], ['/', '/'], ['/', '/*'], ['a', '{a,b/**}'], ['b/c/d', '{a,b/**}'], ['dir/file', 'dir/'], ['dir/', 'dir/']];
  for (const [f, g] of cases) tryIt(`${JSON.stringify([f, g])}`, () => m.path.matchesGlob(f, g));
  tryIt('bad path', () => m.path.matchesGlob(1, 'a'));
  tryIt('bad pattern', () => m.path.matchesGlob('a', 1));
});

// ---- events ----------------------------------------------------------------
function evLogger(e, log, names) {
  for (const n of names) {
    e.on(n, function(...args) { log(`on ${String(n)}`, args.map((a) => (typeof a === 'function' ? `fn:${a.name}` : a)), this === e); });
  }
}
scenario('events', 'shape & statics', (m, { log }) => {
  const EE = m.events;
  log(Object.keys(EE).filter((k) => k !== 'EventEmitterAsyncResource'));
  log(Object.getOwnPropertyNames(EE.prototype));
  log(EE.EventEmitter === EE, EE.length, EE.name, EE.usingDomains, EE.captureRejectionSymbol, String(EE.errorMonitor));
  log(EE.defaultMaxListeners, EE.captureRejections, typeof EE.kMaxEventTargetListeners);
  log(Object.getOwnPropertyDescriptor(EE, 'defaultMaxListeners').enumerable, Object.getOwnPropertyDescriptor(EE, 'defaultMaxListeners').configurable);
  log(EE.prototype.on === EE.prototype.addListener, EE.prototype.off === EE.prototype.removeListener);
  const e = new EE();
  log(e, Object.keys(e), e.getMaxListeners(), e.eventNames());
  log(Object.getOwnPropertySymbols(e).map(String));
  class Sub extends EE {}
  log(new Sub());
  function Legacy() { EE.call(this); }
  Object.setPrototypeOf(Legacy.prototype, EE.prototype);
  const l = new Legacy();
  l.on('x', () => log('legacy x'));
  l.emit('x');
  log(l);
});
scenario('events', 'basic on/emit/args/this/return', (m, { log }) => {
  const e = new m.events();
  log(e.emit('nothing'));
  evLogger(e, log, ['a', 'b']);
  log(e.emit('a', 1, 2, 3), e.emit('b'), e.emit('c'));
  e.on('a', () => log('second a'));
  log(e.emit('a', 'x'));
  const s = Symbol('sym');
  e.on(s, (v) => log('sym', v));
  e.emit(s, 7);
  log(e.eventNames().map(String), e.listenerCount('a'), e.listenerCount(s), e.listenerCount('zz'));
  log(e._eventsCount, Object.keys(e._events));
});
scenario('events', 'newListener / removeListener ordering', (m, { log }) => {
  const e = new m.events();
  e.on('newListener', (ev, fn) => {
    log('newListener', ev, fn.name, e.listenerCount(ev));
    if (ev === 'x' && !e._added) { e._added = true; e.on('x', function inner() { log('inner x'); }); }
  });
  e.on('removeListener', (ev, fn) => log('removeListener', ev, fn.name, e.listenerCount(ev)));
  function a() { log('a'); }
  function b() { log('b'); }
  function c() { log('c'); }
  e.on('x', a);
  e.prependListener('x', b);
  e.once('x', c);
  e.prependOnceListener('x', function d() { log('d'); });
  log(e.listeners('x').map((f) => f.name), e.rawListeners('x').map((f) => f.name));
  e.emit('x');
  log(e.listeners('x').map((f) => f.name));
  e.removeListener('x', a);
  e.off('x', b);
  e.removeListener('x', function notThere() {});
  e.removeListener('nope', a);
  log(e.listeners('x').map((f) => f.name), e.eventNames());
  e.removeAllListeners('x');
  log(e.eventNames());
  e.on('y', a); e.on('y', b); e.on('z', c);
  e.removeAllListeners();
  log(e.eventNames(), e._eventsCount);
});
scenario('events', 'removeAllListeners without removeListener listener', (m, { log }) => {
  const e = new m.events();
  e.on('a', () => {}); e.on('a', () => {}); e.on('b', () => {});
  e.removeAllListeners('a');
  log(e.eventNames(), e._eventsCount);
  e.removeAllListeners('zzz');
  e.removeAllListeners();
  log(e.eventNames(), e._eventsCount, e._events);
  log(e.removeAllListeners() === e, e.on('q', () => {}) === e, e.removeListener('q', () => {}) === e);
});
scenario('events', 'removal during emit uses a snapshot', (m, { log }) => {
  const e = new m.events();
  function a() { log('a'); e.removeListener('x', b); e.on('x', c); }
  function b() { log('b'); }
  function c() { log('c'); }
  e.on('x', a); e.on('x', b);
  e.emit('x');
  e.emit('x');
  log(e.listenerCount('x'));
  const e2 = new m.events();
  e2.once('y', () => { log('once1'); e2.emit('y'); });
  e2.on('y', () => log('on2'));
  e2.emit('y');
});
scenario('events', 'once wrapper details', (m, { log }) => {
  const e = new m.events();
  function f(...args) { log('f', args, this === e); return 42; }
  e.once('x', f);
  const raw = e.rawListeners('x')[0];
  log(raw.name, raw.listener === f, e.listeners('x')[0] === f, e.listenerCount('x', f), e.listenerCount('x', raw));
  log(raw(1, 2), raw(3));
  log(e.listenerCount('x'));
  e.once('y', f);
  e.removeListener('y', f);
  log(e.listenerCount('y'));
  e.once('z', f);
  e.emit('z');
  e.emit('z');
  e.once('w', f);
  e.rawListeners('w')[0]();
});
scenario('events', 'listenerCount with listener arg', (m, { log }) => {
  const e = new m.events();
  const f = () => {};
  const g = () => {};
  e.on('a', f); e.on('a', f); e.once('a', f); e.on('a', g);
  log(e.listenerCount('a'), e.listenerCount('a', f), e.listenerCount('a', g), e.listenerCount('a', () => {}), e.listenerCount('a', null));
  log(m.events.listenerCount(e, 'a'), m.events.getEventListeners(e, 'a').length);
});
scenario('events', 'error events', (m, { log, tryIt }) => {
  const EE = m.events;
  const e = new EE();
  tryIt('emit error Error', () => e.emit('error', new TypeError('boom')));
  tryIt('emit error string', () => e.emit('error', 'x'));
  tryIt('emit error none', () => e.emit('error'));
  tryIt('emit error obj', () => e.emit('error', { a: 1, b: [1, 2] }));
  tryIt('emit error num', () => e.emit('error', 42));
  tryIt('emit error null', () => e.emit('error', null));
  tryIt('emit error sym', () => e.emit('error', Symbol('q')));
  tryIt('emit error fake', () => e.emit('error', { message: 'fake' }));
  const e2 = new EE();
  e2.on(EE.errorMonitor, (err) => log('monitor', err.message));
  tryIt('monitored', () => e2.emit('error', new Error('m1')));
  e2.on('error', (err) => log('handled', err.message));
  log(e2.emit('error', new Error('m2')));
  const e3 = Object.create(EE.prototype);
  tryIt('no _events error', () => e3.emit('error', 'zz'));
  log(e3.emit('foo'));
  const e4 = new EE();
  e4.on('x', () => { throw new Error('listener threw'); });
  tryIt('listener throws', () => e4.emit('x'));
});
scenario('events', 'listener validation', (m, { tryIt }) => {
  const e = new m.events();
  for (const v of [undefined, null, 1, 'str', {}, [], Symbol('s'), 10n, true, new Map(), Object.create(null), 'x'.repeat(40)]) {
    for (const meth of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'removeListener', 'off']) {
      tryIt(`${meth}(${show(v)})`, () => e[meth]('ev', v));
    }
  }
});
scenario('events', 'max listeners & warnings', (m, { log, tryIt }) => {
  const EE = m.events;
  const e = new EE();
  for (let i = 0; i < 12; i++) e.on('data', () => {});
  for (let i = 0; i < 12; i++) e.on('data', () => {});
  const s = Symbol('sy');
  for (let i = 0; i < 11; i++) e.on(s, () => {});
  class My extends EE {}
  const m2 = new My();
  m2.setMaxListeners(1);
  m2.on('a', () => {}); m2.on('a', () => {}); m2.prependListener('a', () => {});
  log(m2.getMaxListeners());
  const z = new EE();
  z.setMaxListeners(0);
  for (let i = 0; i < 30; i++) z.on('q', () => {});
  const inf = new EE().setMaxListeners(Infinity);
  for (let i = 0; i < 30; i++) inf.on('q', () => {});
  for (const v of [-1, NaN, 'a', null, undefined, 1.5, 2 ** 40, -(2 ** 40), 5n]) {
    tryIt(`setMaxListeners(${show(v)})`, () => new EE().setMaxListeners(v).getMaxListeners());
    tryIt(`static setMaxListeners(${show(v)})`, () => EE.setMaxListeners(v, new EE()));
  }
  const prev = EE.defaultMaxListeners;
  for (const v of [-1, NaN, 'a', 3]) tryIt(`defaultMaxListeners=${show(v)}`, () => { EE.defaultMaxListeners = v; return EE.defaultMaxListeners; });
  const d = new EE();
  for (let i = 0; i < 4; i++) d.on('t', () => {});
  EE.defaultMaxListeners = prev;
  log(EE.getMaxListeners(d), EE.getMaxListeners(new EE().setMaxListeners(3)));
  tryIt('getMaxListeners({})', () => EE.getMaxListeners({}));
  const t1 = new EE(); const t2 = new EE();
  EE.setMaxListeners(5, t1, t2);
  log(t1.getMaxListeners(), t2.getMaxListeners());
  tryIt('setMaxListeners(1, {})', () => EE.setMaxListeners(1, {}));
  tryIt('setMaxListeners(1, null)', () => EE.setMaxListeners(1, null));
  tryIt('getEventListeners(1)', () => EE.getEventListeners(1, 'x'));
});
scenario('events', 'newListener handler sees listener.listener for once', (m, { log }) => {
  const e = new m.events();
  function target() {}
  e.on('newListener', (ev, l) => log(ev, l === target, l.name));
  e.once('foo', target);
  e.prependOnceListener('foo', target);
  e.on('newListener', () => {});
  log(e.listenerCount('newListener'));
});
scenario('events', 'removeListener during removeAllListeners', (m, { log }) => {
  const e = new m.events();
  e.on('removeListener', function rl(ev, fn) { log('removed', String(ev), fn.name); });
  e.on('a', function a1() {}); e.on('a', function a2() {}); e.once('b', function b1() {});
  const s = Symbol('ss'); e.on(s, function s1() {});
  e.removeAllListeners();
  log(e.eventNames());
});
scenario('events', 'captureRejections', async (m, { log, tryIt }) => {
  const EE = m.events;
  const e = new EE({ captureRejections: true });
  log(Object.getOwnPropertySymbols(e).map(String), e);
  e.on('ev', async () => { throw new Error('kaboom'); });
  const p = new Promise((resolve) => e.on('error', (err) => { log('error event', err.message); resolve(); }));
  e.emit('ev');
  await p;
  const e2 = new EE({ captureRejections: true });
  e2[EE.captureRejectionSymbol] = (err, type, ...args) => log('rejection sym', err.message, type, args);
  e2.on('ev2', async () => { throw new Error('k2'); });
  e2.emit('ev2', 1, 2);
  await new Promise((r) => setTimeout(r, 5));
  tryIt('bad captureRejections', () => new EE({ captureRejections: 1 }));
  tryIt('static captureRejections=1', () => { EE.captureRejections = 1; });
  log(EE.captureRejections);
});
scenario('events', 'events.once', async (m, { log, tryAsync }) => {
  const EE = m.events;
  const e = new EE();
  const p = EE.once(e, 'go');
  log(e.listenerCount('go'), e.listenerCount('error'));
  e.emit('go', 1, 2);
  log(await p, e.listenerCount('go'), e.listenerCount('error'));
  const p2 = EE.once(e, 'go');
  e.emit('error', new Error('bad'));
  await tryAsync('once error', () => p2);
  log(e.listenerCount('go'), e.listenerCount('error'));
  const p3 = EE.once(e, 'error');
  e.emit('error', new Error('as value'));
  await tryAsync('once(error)', () => p3);
  await tryAsync('once(1)', () => EE.once(1, 'x'));
  await tryAsync('once signal bad', () => EE.once(e, 'x', { signal: 1 }));
  const ac = new AbortController();
  ac.abort();
  await tryAsync('once aborted', () => EE.once(e, 'x', { signal: ac.signal }));
  const ac2 = new AbortController();
  const p4 = EE.once(e, 'later', { signal: ac2.signal });
  ac2.abort('why');
  await tryAsync('once abort later', () => p4);
  log(e.listenerCount('later'), e.listenerCount('error'));
});
scenario('events', 'events.on async iterator', async (m, { log, tryIt, tryAsync }) => {
  const EE = m.events;
  const e = new EE();
  const it = EE.on(e, 'data');
  log(e.listenerCount('data'), e.listenerCount('error'), typeof it[Symbol.asyncIterator]);
  e.emit('data', 1); e.emit('data', 2, 3);
  log(await it.next(), await it.next());
  const pending = it.next();
  e.emit('data', 'late');
  log(await pending);
  log(await it.return(), e.listenerCount('data'), e.listenerCount('error'), await it.next());
  const it2 = EE.on(e, 'x');
  e.emit('x', 'a');
  e.emit('error', new Error('iter err'));
  log(await it2.next());
  await tryAsync('it2 after error', () => it2.next());
  log(await it2.next());
  const it3 = EE.on(e, 'y');
  (async () => {
    await null;
    e.emit('y', 'v1'); e.emit('y', 'v2');
    it3.return();
  })();
  const got = [];
  for await (const v of it3) got.push(v);
  log(got);
  tryIt('on opts bad', () => EE.on(e, 'x', 1));
  tryIt('on signal bad', () => EE.on(e, 'x', { signal: 'q' }));
  tryIt('on hwm bad', () => EE.on(e, 'x', { highWaterMark: 0 }));
  const ac = new AbortController(); ac.abort();
  tryIt('on aborted', () => EE.on(e, 'x', { signal: ac.signal }));
  const it4 = EE.on(e, 'z');
  tryIt('throw non-error', () => it4.throw('x'));
  const it5 = EE.on(e, 'c', { close: ['end'] });
  e.emit('c', 1); e.emit('end');
  log(await it5.next(), await it5.next(), e.listenerCount('end'));
});
scenario('events', 'addAbortListener', async (m, { log, tryIt }) => {
  const EE = m.events;
  const ac = new AbortController();
  const d = EE.addAbortListener(ac.signal, () => log('aborted!'));
  log(typeof d);
  ac.abort();
  const ac2 = new AbortController(); ac2.abort();
  EE.addAbortListener(ac2.signal, () => log('already aborted'));
  await null;
  tryIt('bad signal', () => EE.addAbortListener(1, () => {}));
  tryIt('undefined signal', () => EE.addAbortListener(undefined, () => {}));
  tryIt('bad listener', () => EE.addAbortListener(new AbortController().signal, 1));
});
scenario('events', 'inspect emitter with listeners', (m, { log }) => {
  const e = new m.events();
  e.on('a', function fa() {});
  e.once('b', function fb() {});
  e.on('a', function fa2() {});
  log(e);
  e.removeListener('a', e.listeners('a')[0]);
  log(e);
});

scenario('events', 'more edge cases', (m, { log, tryIt }) => {
  const EE = m.events;
  const e = new EE();
  e.on('newListener', (ev) => { if (ev === 'boom') throw new Error('newListener threw'); });
  tryIt('newListener throws', () => e.on('boom', () => {}));
  log(e.listenerCount('boom'));
  const e2 = new EE();
  function r1() { log('r1'); }
  function r2() { log('r2'); }
  e2.on('removeListener', function rm(ev, fn) {
    log('removed', ev, fn.name);
    if (fn === r1) e2.removeListener('x', r2);
  });
  e2.on('x', r1); e2.on('x', r2);
  e2.removeListener('x', r1);
  log(e2.listenerCount('x'), e2.eventNames());
  const e3 = new EE();
  const l = () => {};
  e3.on('a', l);
  const arr = e3.listeners('a');
  arr.push(() => {});
  log(e3.listenerCount('a'), e3.rawListeners('a').length);
  e3.on('many', function(...args) { log('many', args.length, args); });
  e3.emit('many', 1, 2, 3, 4, 5, 6, 7);
  e3.once('noargs', function() { log('noargs', arguments.length, this === e3); });
  e3.emit('noargs');
  e3.on(EE.errorMonitor, (err) => log('monitor only', err));
  tryIt('monitor only error', () => e3.emit('error', 'zz'));
  e3.prependOnceListener('p', () => log('p1'));
  e3.prependOnceListener('p', () => log('p2'));
  e3.emit('p'); e3.emit('p');
  log(e3.eventNames().map(String));
  log(e3.emit('error' + ''), 'unreached?');
});
scenario('events', 'shape mode (predefined _events)', (m, { log }) => {
  const EE = m.events;
  function S() {
    this._events = { close: undefined, error: undefined, data: undefined };
    this._eventsCount = 0;
    EE.call(this);
  }
  Object.setPrototypeOf(S.prototype, EE.prototype);
  Object.setPrototypeOf(S, EE);
  const s = new S();
  log(s);
  const f = () => {};
  s.on('data', f);
  s.on('close', f);
  log(s.eventNames(), s._eventsCount, s.listenerCount('data'));
  s.removeListener('data', f);
  log(s.eventNames(), s._eventsCount, s._events);
  s.removeAllListeners();
  log(s.eventNames(), s._eventsCount, s._events);
  s.on('x', f);
  s.removeAllListeners('x');
  log(s);
});
scenario('events', 'warnings for once/prepend & symbol names', (m, { log }) => {
  const EE = m.events;
  const e = new EE();
  e.setMaxListeners(2);
  e.once('o', () => {}); e.once('o', () => {}); e.prependOnceListener('o', () => {});
  const s = Symbol('my-sym');
  e.on(s, () => {}); e.on(s, () => {}); e.on(s, () => {});
  e.on(123, () => {}); e.on(123, () => {}); e.on(123, () => {});
  log(e.eventNames());
  e.removeAllListeners('o');
  e.on('o', () => {}); e.on('o', () => {}); e.on('o', () => {});
  class Named extends EE {}
  const n = new Named();
  n.setMaxListeners(1);
  n.name = 'has-name';
  n.on('q', () => {}); n.on('q', () => {});
  const plain = Object.create(EE.prototype);
  plain.setMaxListeners(1);
  plain.on('w', () => {}); plain.on('w', () => {});
});

// ---- util ------------------------------------------------------------------
scenario('util', 'shape', (m, { log }) => {
  const skip = new Set(['_errnoException', '_exceptionWithHostPort', 'parseEnv', 'parseArgs',
    'transferableAbortSignal', 'transferableAbortController', 'MIMEType', 'MIMEParams']);
  log(Object.keys(m.util).filter((k) => !skip.has(k)));
  log(Object.keys(m.util.types));
  log(m.util.promisify.custom, typeof m.util.inspect, m.util.isArray === Array.isArray);
  log(m.util.debuglog('foo').enabled, m.util.debuglog('foo').name, Object.keys(m.util.debuglog('x')));
  log(m.util.debug === m.util.debuglog);
});
scenario('util', 'types table', (m, { log }) => {
  function argsObj() { return arguments; }
  const values = {
    date: new Date(0), regexp: /x/g, map: new Map(), set: new Set(), wmap: new WeakMap(), wset: new WeakSet(),
    promise: Promise.resolve(1), thenable: { then() {} }, error: new TypeError('x'), fakeError: Object.create(Error.prototype),
    ab: new ArrayBuffer(2), sab: new SharedArrayBuffer(2), dv: new DataView(new ArrayBuffer(2)),
    u8: new Uint8Array(1), u8c: new Uint8ClampedArray(1), i16: new Int16Array(1), f64: new Float64Array(1),
    b64: new BigInt64Array(1), bu64: new BigUint64Array(1), proxy: new Proxy({}, {}), fnProxy: new Proxy(() => {}, {}),
    mapIter: new Map().keys(), setIter: new Set().values(), arrIter: [].values(),
    gen: (function* () {})(), agen: (async function* () {})(), genFn: function* () {}, agenFn: async function* () {},
    asyncFn: async () => {}, asyncMethod: { async m() {} }.m, fn: function() {}, arrow: () => {}, klass: class {},
    bound: (async () => {}).bind(null), boundGen: (function* () {}).bind(null),
    num: Object(1), str: Object('s'), bool: Object(true), big: Object(1n), sym: Object(Symbol('q')),
    args: argsObj(1), plain: {}, arr: [], nul: null, undef: undefined, prim: 1, string: 's',
  };
  for (const [name, v] of Object.entries(values)) {
    const res = [];
    for (const k of Object.keys(m.util.types)) {
      if (k === 'isExternal' || k === 'isKeyObject' || k === 'isCryptoKey' || k === 'isModuleNamespaceObject') continue;
      if (m.util.types[k](v)) res.push(k);
    }
    log(name, res.join(','));
    log(name, 'legacy', ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString', 'isSymbol',
      'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'].filter((k) => m.util[k](v)).join(','));
  }
});
scenario('util', 'promisify', async (m, { log, tryIt, tryAsync }) => {
  const { promisify } = m.util;
  function cbFn(a, b, cb) { log('called with', a, b, typeof cb); setTimeout(() => cb(null, a + b, 'extra'), 0); }
  cbFn.extraProp = 'yes';
  const p = promisify(cbFn);
  log(p.name, p.length, p.extraProp, p[promisify.custom] === p, promisify(p) === p, Object.getPrototypeOf(p) === Function.prototype);
  log(await p(1, 2));
  const perr = promisify((cb) => cb(new Error('cb err')));
  await tryAsync('perr', () => perr());
  const pfalsy = promisify((cb) => cb(0, 'val'));
  await tryAsync('pfalsy', () => pfalsy());
  const pthrow = promisify(() => { throw new Error('sync throw'); });
  await tryAsync('pthrow', () => pthrow());
  function withCustom() {}
  const custom = () => 'custom!';
  withCustom[promisify.custom] = custom;
  log(promisify(withCustom) === custom, promisify(withCustom)());
  const badCustom = () => {};
  badCustom[promisify.custom] = 1;
  tryIt('bad custom', () => promisify(badCustom));
  for (const v of [1, null, undefined, {}, 'f']) tryIt(`promisify(${show(v)})`, () => promisify(v));
  const obj = { x: 5, method(cb) { cb(null, this.x); } };
  obj.pm = promisify(obj.method);
  log(await obj.pm());
  class K { static s(cb) { cb(null, 'static'); } }
  log(await promisify(K.s)());
  const asyncP = promisify(async function af() {});
  log(asyncP.name, Object.getPrototypeOf(asyncP) === Object.getPrototypeOf(async () => {}));
});
scenario('util', 'callbackify', async (m, { log, tryIt }) => {
  const { callbackify } = m.util;
  async function af(a) { return a * 2; }
  const cf = callbackify(af);
  log(cf.name, cf.length);
  await new Promise((resolve) => cf(21, (err, v) => { log('cb', err, v); resolve(); }));
  const rej = callbackify(async () => { throw new Error('rejected!'); });
  await new Promise((resolve) => rej((err, v) => { log('rej', err.message, v); resolve(); }));
  for (const falsy of [null, undefined, 0, '', false, NaN]) {
    const f = callbackify(() => Promise.reject(falsy));
    await new Promise((resolve) => f((err) => {
      log('falsy', show(falsy), err.message, err.code, err.name, Object.keys(err), show(err.reason), err instanceof Error);
      resolve();
    }));
  }
  const self = { tag: 'me', fn: callbackify(async function() { return this.tag; }) };
  await new Promise((resolve) => self.fn(function(err, v) { log('this', v, this === self); resolve(); }));
  tryIt('no cb', () => cf(1));
  tryIt('bad cb', () => cf(1, 'notfn'));
  for (const v of [1, null, {}]) tryIt(`callbackify(${show(v)})`, () => callbackify(v));
  const order = [];
  const f2 = callbackify(async () => 'x');
  f2(() => order.push('cb'));
  await null; await null;
  order.push('after microtasks');
  await new Promise((r) => setTimeout(r, 1));
  log(order);
  const withProps = async function named(a, b) {};
  withProps.extra = 1;
  const cw = callbackify(withProps);
  log(cw.name, cw.length, cw.extra);
});
scenario('util', 'inherits', (m, { log, tryIt }) => {
  function A() {}
  A.prototype.hi = function() { return 'hi'; };
  function B() { A.call(this); }
  m.util.inherits(B, A);
  log(new B().hi(), B.super_ === A, new B() instanceof A, Object.getOwnPropertyDescriptor(B, 'super_'));
  tryIt('ctor null', () => m.util.inherits(null, A));
  tryIt('super undefined', () => m.util.inherits(B, undefined));
  tryIt('super no proto', () => m.util.inherits(B, () => {}));
  tryIt('super obj', () => m.util.inherits(B, { prototype: {} }));
});
scenario('util', 'deprecate', (m, { log, tryIt }) => {
  const { deprecate } = m.util;
  function add(a, b) { return a + b; }
  const d = deprecate(add, 'add is deprecated', 'DEP_LS_1');
  log(d.name, d.length, Object.getPrototypeOf(d) === add);
  log(d(1, 2), d(3, 4));
  const d2 = deprecate(add, 'again same code', 'DEP_LS_1');
  log(d2(1, 1));
  const d3 = deprecate(add, 'no code msg');
  d3(1, 1); d3(1, 1);
  const d4 = deprecate(add, 'no code msg');
  d4(1, 1);
  class C { constructor(x) { this.x = x; } }
  const DC = deprecate(C, 'C is deprecated', 'DEP_LS_2');
  const inst = new DC(5);
  log(inst.x, inst instanceof C, inst instanceof DC, DC.prototype === C.prototype);
  tryIt('bad code', () => deprecate(add, 'm', 5));
  tryIt('bad fn', () => deprecate(undefined, 'm'));
});
scenario('util', 'strings', (m, { log, tryIt }) => {
  const { toUSVString, stripVTControlCharacters } = m.util;
  for (const s of ['abc', 'a\ud800', '\udc00x', '\ud83d\ude00', '\ud83d\ud83d\ude00', 'x\udfff\ud800', '']) {
    log(JSON.stringify(toUSVString(s)));
  }
  log(toUSVString(12), toUSVString({}));
  for (const s of ['\u001b[31mred\u001b[39m', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007', 'plain', '\u001b[1;2;3mX\u001b[0m', '\u009b31mq', '\u001b[2K\u001b[1G']) {
    log(JSON.stringify(stripVTControlCharacters(s)));
  }
  tryIt('strip(1)', () => stripVTControlCharacters(1));
});
scenario('util', 'styleText', (m, { log, tryIt }) => {
  log(JSON.stringify(m.util.styleText('red', 'x')));
  log(JSON.stringify(m.util.styleText(['bold', 'red'], 'x')));
  log(JSON.stringify(m.util.styleText('red', 'x', { validateStream: false })));
  tryIt('bad fmt', () => m.util.styleText('nope', 'x'));
  tryIt('bad text', () => m.util.styleText('red', 1));
  tryIt('bad stream', () => m.util.styleText('red', 'x', { stream: {} }));
});
scenario('util', 'system errors', (m, { log, tryIt }) => {
  log(m.util.getSystemErrorName(-2), m.util.getSystemErrorName(-13), m.util.getSystemErrorName(-99999));
  log(m.util.getSystemErrorMap().size, m.util.getSystemErrorMap().get(-2));
  log([...m.util.getSystemErrorMap()]);
  for (const v of [1, 0, 'x', -1.5, NaN]) tryIt(`name(${show(v)})`, () => m.util.getSystemErrorName(v));
});
scenario('util', '_extend & isBuffer', (m, { log }) => {
  log(m.util._extend({ a: 1 }, { b: 2, c: 3 }), m.util._extend({ a: 1 }, null), m.util._extend({ a: 1 }, 'str'));
  log(m.util.isBuffer(Buffer.alloc(1)), m.util.isBuffer(new Uint8Array(1)));
});
scenario('util', 'aborted', async (m, { log, tryAsync }) => {
  const ac = new AbortController();
  const p = m.util.aborted(ac.signal, {});
  ac.abort();
  const ev = await p;
  log(ev && ev.type, ev && ev.constructor.name);
  const ac2 = new AbortController();
  ac2.abort();
  log(await m.util.aborted(ac2.signal, {}));
  await tryAsync('aborted bad', () => m.util.aborted(1, {}));
  await tryAsync('aborted bad resource', () => m.util.aborted(new AbortController().signal, 1));
});

// ---- deep equality ---------------------------------------------------------
function cyclePairs() {
  const A = {}; A.n = A; A.v = 1;
  const B = {}; B.n = { n: B, v: 1 }; B.v = 1;
  const V = { v: 1 }; V.n = { v: 1, n: { v: 2, n: V } };
  const D = { v: 1 }; D.n = { v: 1, n: { v: 1, n: D } };
  const P = {}; const Q = {}; P.n = Q; P.v = 1; Q.n = P; Q.v = 2;
  const S = {}; const T = {}; const U = {}; S.n = T; S.v = 1; T.n = U; T.v = 2; U.n = S; U.v = 1;
  const p = {}; const q = {}; p.a = p; p.b = q; q.a = p; q.b = q; const r = {}; r.a = r; r.b = r;
  const x = []; x.push(x); const y = [[]]; y[0].push(y);
  const m1 = new Map(); m1.set('self', m1); const m2 = new Map(); m2.set('self', m2);
  const s1 = new Set(); s1.add(s1); const s2 = new Set(); s2.add(s2);
  const ec = {}; const er1 = new Error('x', { cause: ec }); ec.err = er1;
  const ec2 = {}; const er2 = new Error('x', { cause: ec2 }); ec2.err = er2;
  return [[A, B], [A, V], [A, D], [B, D], [P, S], [p, r], [x, y], [m1, m2], [s1, s2], [er1, er2], [A, { n: A, v: 2 }]];
}
function errorPairs() {
  const e = (msg, o) => new Error(msg, o);
  const en = new Error('x'); en.cause = 1;
  const ne = new Error('x'); Object.defineProperty(ne, 'message', { value: 'x', enumerable: true });
  const nn = new Error('x'); nn.name = 'Error';
  const nonEnumB = { b: 1 }; Object.defineProperty(nonEnumB, 'a', { value: 1, enumerable: false });
  return [[e('x', { cause: 1 }), en], [e('x', { cause: undefined }), e('x')], [new AggregateError([1], 'm'), new AggregateError([1], 'm')],
    [new AggregateError([{ a: 1 }], 'm'), new AggregateError([{ a: 2 }], 'm')], [ne, e('x')], [nn, e('x')],
    [e('x', { cause: { a: 1 } }), e('x', { cause: { a: 1 } })], [e('x', { cause: 1 }), e('x', { cause: '1' })],
    [{ a: 1 }, nonEnumB], [/a/g, Object.assign(/a/g, { lastIndex: 2 })]];
}
function deepEqualPairs() {
  const sym = Symbol('s');
  const circA = { a: 1 }; circA.self = circA;
  const circB = { a: 1 }; circB.self = circB;
  const circC = { a: 1 }; circC.self = { a: 1, self: circC };
  const arrA = [1]; arrA.push(arrA);
  const arrB = [1]; arrB.push(arrB);
  const sparse1 = [1, , 3]; // eslint-disable-line no-sparse-arrays
  const sparse2 = [1, undefined, 3];
  const arrProp1 = [1, 2]; arrProp1.extra = 'x';
  const arrProp2 = [1, 2]; arrProp2.extra = 'x';
  const arrProp3 = [1, 2]; arrProp3.extra = 'y';
  const symObj1 = { [sym]: 1 };
  const symObj2 = { [sym]: 1 };
  const symObj3 = { [sym]: 2 };
  const symNonEnum = {}; Object.defineProperty(symNonEnum, sym, { value: 1, enumerable: false });
  const nonEnum = {}; Object.defineProperty(nonEnum, 'a', { value: 1, enumerable: false });
  const err1 = new Error('x'); const err2 = new Error('x'); const err3 = new TypeError('x');
  const errProp1 = new Error('x'); errProp1.code = 1;
  const errProp2 = new Error('x'); errProp2.code = 2;
  const errCause1 = new Error('x', { cause: 1 }); const errCause2 = new Error('x', { cause: 2 });
  const date1 = new Date(1000); const date2 = new Date(1000); const date3 = new Date(2000);
  const dateProp = new Date(1000); dateProp.foo = 1;
  const re1 = /a/g; const re2 = /a/g; const re3 = /a/i; const re4 = /a/g; re4.lastIndex = 3;
  const boxedNum1 = Object(1); const boxedNum2 = Object(1); const boxedNum3 = Object(2);
  const fnA = () => {};
  class Foo { constructor() { this.a = 1; } }
  const fooInst = new Foo();
  const nullProto = Object.create(null); nullProto.a = 1;
  const buf1 = new ArrayBuffer(4); const buf2 = new ArrayBuffer(4); new Uint8Array(buf2)[0] = 1;
  const u8a = new Uint8Array([1, 2]); u8a.extra = 1;
  const u8b = new Uint8Array([1, 2]); u8b.extra = 1;
  const p1 = Promise.resolve(1);
  const wm1 = new WeakMap(); const wm2 = new WeakMap();
  return [
    [1, 1], [1, '1'], [0, -0], [-0, -0], [NaN, NaN], [null, undefined], [null, null], ['a', 'a'], [1n, 1n], [1n, 1],
    [true, 1], [sym, sym], [Symbol('a'), Symbol('a')], ['', 0], [0, false], [undefined, undefined],
    [{}, {}], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: 1 }, { a: 1, b: undefined }], [{ a: undefined }, { b: undefined }],
    [{ a: { b: [1, 2, { c: 3 }] } }, { a: { b: [1, 2, { c: 3 }] } }], [{ a: { b: [1, 2, { c: 3 }] } }, { a: { b: [1, 2, { c: 4 }] } }],
    [[], []], [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1], { 0: 1, length: 1 }], [sparse1, sparse2], [sparse1, [1, , 3]], // eslint-disable-line no-sparse-arrays
    [arrProp1, arrProp2], [arrProp1, arrProp3], [arrProp1, [1, 2]],
    [symObj1, symObj2], [symObj1, symObj3], [symObj1, {}], [symNonEnum, {}], [nonEnum, {}],
    [circA, circB], [circA, circC], [arrA, arrB],
    [err1, err2], [err1, err3], [errProp1, errProp2], [errCause1, errCause2], [err1, { message: 'x', name: 'Error' }],
    [date1, date2], [date1, date3], [dateProp, date2], [date1, 1000],
    [re1, re2], [re1, re3], [re1, re4], [re1, '/a/g'],
    [boxedNum1, boxedNum2], [boxedNum1, boxedNum3], [boxedNum1, 1], [Object('a'), Object('a')], [Object('a'), Object('b')],
    [Object(true), Object(true)], [Object(1n), Object(1n)], [Object(sym), Object(sym)], [Object(1), Object('1')],
    [fnA, fnA], [() => {}, () => {}],
    [fooInst, { a: 1 }], [nullProto, { a: 1 }], [Object.create(null), Object.create(null)],
    [new Set([1, 2]), new Set([2, 1])], [new Set([1, 2]), new Set([1, 3])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])],
    [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])], [new Set([1]), new Set(['1'])], [new Set([null]), new Set([undefined])],
    [new Set([{ a: 1 }, 1]), new Set([{ a: 1 }, '1'])], [new Set([[1]]), new Set([[1], [1]])], [new Set(), new Set()],
    [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([[1, 'b']])], [new Map([[1, 'a']]), new Map([['1', 'a']])],
    [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'w']])],
    [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map([[null, 1]]), new Map([[undefined, 1]])],
    [new Map([[1, 1], ['1', 2]]), new Map([['1', 1], [1, 2]])], [new Map(), new Map()], [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
    [new Set([NaN]), new Set([NaN])], [new Map([[1, 2]]), new Set([1])],
    [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
    [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])], [new Float32Array([1.5]), new Float32Array([1.5])],
    [u8a, u8b], [u8a, new Uint8Array([1, 2])], [new Uint16Array([1]), new Uint16Array([1, 0])],
    [buf1, new ArrayBuffer(4)], [buf1, buf2], [buf1, new ArrayBuffer(5)], [new DataView(buf1), new DataView(new ArrayBuffer(4))],
    [new SharedArrayBuffer(2), new SharedArrayBuffer(2)], [buf1, new SharedArrayBuffer(4)],
    [p1, p1], [Promise.resolve(1), Promise.resolve(1)], [wm1, wm2], [new WeakSet(), new WeakSet()],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }], [[{ a: [{ b: 1 }] }], [{ a: [{ b: 1 }] }]], [{ a: new Map([[1, new Set([1])]]) }, { a: new Map([[1, new Set([1])]]) }],
    [Object.assign(Object.create({ inherited: 1 }), { a: 1 }), { a: 1 }], [[1, 2, 3], new Uint8Array([1, 2, 3])],
    [{ length: 0 }, []], [new Number(0), new Number(-0)], [new String('ab'), 'ab'], [Object.assign(new String('ab'), { x: 1 }), new String('ab')],
    [(function() { return arguments; })(1, 2), (function() { return arguments; })(1, 2)], [(function() { return arguments; })(1), [1]],
    [{ [Symbol.toStringTag]: 'X' }, {}], [{ a: 1 }, Object.freeze({ a: 1 })],
    [new Set([1, { a: 1 }, 2]), new Set([2, { a: 1 }, 1])], [new Set([{}, {}]), new Set([{}, { a: 1 }])],
    [new Map([['a', 1], [{}, 2]]), new Map([['a', 1], [{}, 2]])], [new Set([1, '2']), new Set([1, 2])], [new Set(['1', 1]), new Set([1, '1'])],
    [new Map([[1, 'a'], ['1', 'a']]), new Map([['1', 'a'], [1, 'a']])], [new Map([[1, 'a']]), new Map([[true, 'a']])],
    ...cyclePairs(), ...errorPairs(),
  ];
}
scenario('util', 'isDeepStrictEqual table', (m, { log }) => {
  deepEqualPairs().forEach(([a, b], i) => {
    log(i, m.util.isDeepStrictEqual(a, b), m.util.isDeepStrictEqual(b, a));
  });
});

// ---- util.TextEncoder / TextDecoder (built-in fallback implementation) -----
const noTextGlobals = Object.create(globalThis, {
  TextEncoder: { value: undefined },
  TextDecoder: { value: undefined },
});
const fallbackOpts = { fresh: true, globals: { globalThis: noTextGlobals } };
function bytesOfHex(hex) {
  return new Uint8Array(hex.match(/../g).map((h) => parseInt(h, 16)));
}
scenario('text', 'fallback is used', (m, { log }) => {
  log(m.util.TextEncoder.name, m.util.TextDecoder.name, Object.getOwnPropertyNames(m.util.TextEncoder.prototype),
    Object.getOwnPropertyNames(m.util.TextDecoder.prototype));
  log(new m.util.TextEncoder(), new m.util.TextDecoder(), new m.util.TextDecoder('latin1', { fatal: true, ignoreBOM: true }));
  log(Object.prototype.toString.call(new m.util.TextEncoder()), Object.prototype.toString.call(new m.util.TextDecoder()));
}, fallbackOpts);
scenario('text', 'encode / encodeInto', (m, { log, tryIt }) => {
  const enc = new m.util.TextEncoder();
  log(enc.encoding);
  for (const s of ['', 'abc', 'é', '€', '😀', 'a\ud800b', '\udc00', 'x\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
    log(JSON.stringify(s), enc.encode(s));
  }
  log(enc.encode(), enc.encode(undefined), enc.encode(null), enc.encode(12), enc.encode({}));
  for (const [s, n] of [['abc', 2], ['é€😀', 5], ['😀', 3], ['😀a', 4], ['a\ud800', 10], ['', 0], ['xyz', 10]]) {
    const dest = new Uint8Array(n);
    log(JSON.stringify(s), n, enc.encodeInto(s, dest), dest);
  }
  tryIt('encodeInto(bad dest)', () => enc.encodeInto('a', 1));
  tryIt('encodeInto(bad dest2)', () => enc.encodeInto('a', new Uint16Array(2)));
  tryIt('encodeInto(bad src)', () => enc.encodeInto(1, new Uint8Array(2)));
}, fallbackOpts);
scenario('text', 'decode utf-8', (m, { log, tryIt }) => {
  const cases = ['616263', 'c3a9', 'e282ac', 'f09f9880', 'ff', 'c3', 'e282', 'f09f98', 'c328', 'e228a1', 'f0288c28',
    'eda080', 'c080', 'e08080', 'f4908080', 'f8a1a1a1a1', 'efbbbf616263', 'efbbbfefbbbf', '80', 'bf80', 'c3a9ff41',
    'e0a0', 'f0909f', '00', 'f09f98806162ff'];
  for (const hex of cases) {
    const d = new m.util.TextDecoder();
    log(hex, JSON.stringify(d.decode(bytesOfHex(hex))));
    tryIt(`${hex} fatal`, () => JSON.stringify(new m.util.TextDecoder('utf-8', { fatal: true }).decode(bytesOfHex(hex))));
    log(hex, 'ignoreBOM', JSON.stringify(new m.util.TextDecoder('utf8', { ignoreBOM: true }).decode(bytesOfHex(hex))));
  }
  log(JSON.stringify(new m.util.TextDecoder().decode()), JSON.stringify(new m.util.TextDecoder().decode(undefined)));
  const buf = bytesOfHex('xx61626364'.replace('xx', '00')).buffer;
  log(new m.util.TextDecoder().decode(buf), new m.util.TextDecoder().decode(new DataView(buf, 1, 2)),
    new m.util.TextDecoder().decode(new Uint16Array([0x6261])), new m.util.TextDecoder().decode(new Uint8Array(buf, 2)));
  for (const bad of [null, 1, 'abc', {}, [1, 2]]) tryIt(`decode(${show(bad)})`, () => new m.util.TextDecoder().decode(bad));
  tryIt('decode opts bad', () => new m.util.TextDecoder().decode(new Uint8Array(0), 1));
}, fallbackOpts);
scenario('text', 'decode streaming', (m, { log }) => {
  const d = new m.util.TextDecoder();
  const bytes = bytesOfHex('efbbbf68c3a9e282acf09f9880efbbbf');
  const parts = [];
  for (let i = 0; i < bytes.length; i++) parts.push(d.decode(bytes.subarray(i, i + 1), { stream: true }));
  parts.push(d.decode());
  log(JSON.stringify(parts));
  log(JSON.stringify(d.decode(bytesOfHex('efbbbf41'))), JSON.stringify(d.decode(bytesOfHex('efbbbf42'))));
  const d2 = new m.util.TextDecoder();
  log(JSON.stringify(d2.decode(bytesOfHex('f09f'), { stream: true })), JSON.stringify(d2.decode(bytesOfHex('41'))));
  const d3 = new m.util.TextDecoder();
  log(JSON.stringify(d3.decode(bytesOfHex('e2'), { stream: true })), JSON.stringify(d3.decode()));
  const d4 = new m.util.TextDecoder('utf-16le');
  log(JSON.stringify([d4.decode(bytesOfHex('3d'), { stream: true }), d4.decode(bytesOfHex('d8'), { stream: true }),
    d4.decode(bytesOfHex('00de'), { stream: true }), d4.decode(bytesOfHex('41'), { stream: true }), d4.decode(bytesOfHex('00'))]));
}, fallbackOpts);
scenario('text', 'decode utf-16le & latin1 & labels', (m, { log, tryIt }) => {
  for (const hex of ['6100620063', 'fffe6100', '3dd800de', '3dd8', '00dc4100', '3dd84100', '61', 'feff']) {
    log(hex, JSON.stringify(new m.util.TextDecoder('utf-16le').decode(bytesOfHex(hex))));
    tryIt(`${hex} fatal16`, () => new m.util.TextDecoder('utf-16le', { fatal: true }).decode(bytesOfHex(hex)));
  }
  const all = new Uint8Array(256).map((_, i) => i);
  for (const label of ['latin1', 'ascii', 'windows-1252', 'iso-8859-1']) {
    log(label, JSON.stringify(new m.util.TextDecoder(label).decode(all)));
  }
  for (const label of ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'UTF-16LE', 'utf-16', 'unicode', 'ucs-2', 'latin1', 'ASCII', 'cp1252', 'us-ascii', 'l1', undefined]) {
    log(JSON.stringify(label), new m.util.TextDecoder(label).encoding);
  }
  for (const label of ['foo', null, '', 'utf-7', 'utf 8', {}]) {
    tryIt(`label ${show(label)}`, () => new m.util.TextDecoder(label));
  }
  tryIt('options bad', () => new m.util.TextDecoder('utf8', 1));
  log(new m.util.TextDecoder('utf8', null).fatal);
  tryIt('decode bad this', () => m.util.TextDecoder.prototype.decode.call({}, new Uint8Array(0)));
  tryIt('encoding bad this', () => Object.getOwnPropertyDescriptor(m.util.TextDecoder.prototype, 'encoding').get.call({}));
}, fallbackOpts);

// ---- assert ----------------------------------------------------------------
function describeAssertion(e) {
  if (!e || e.code !== 'ERR_ASSERTION') return describeError(e);
  return `AssertionError{name=${e.name} msg=${JSON.stringify(e.message)} gen=${e.generatedMessage} op=${show(e.operator, 1)}` +
    ` actual=${show(e.actual, 2)} expected=${show(e.expected, 2)} keys=${Object.keys(e).join(',')} str=${JSON.stringify(String(e))}` +
    ` inst=${e instanceof Error} stack0=${JSON.stringify(String(e.stack).split('\n')[0])}}`;
}
function assertCase(log, label, fn) {
  try {
    fn();
    log(`${label}: ok`);
  } catch (e) {
    log(`${label}: ${describeAssertion(e)}`);
  }
}
async function assertCaseAsync(log, label, fn) {
  try {
    await fn();
    log(`${label}: ok`);
  } catch (e) {
    log(`${label}: ${describeAssertion(e)}`);
  }
}
const ASSERT_VALUES = [
  1, 2, 0, -0, NaN, '1', 'abc', 'abd', '', true, false, null, undefined, 1n, Symbol.for('s'),
  'hello world foo bar', 'hello world foo baz', 'a'.repeat(60), 'a'.repeat(59) + 'b', 'line1\nline2', 'line1\nline3',
  {}, { a: 1 }, { a: 2 }, { a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }, [], [1, 2, 3], [1, 2, 4], [1, 2, 3, 4],
  new Map([[1, 2]]), new Set([1]), new Date(0), /re/g, new Error('e1'), new TypeError('e1'), () => {}, function named() {},
  Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i)),
  Array.from({ length: 80 }, (_, i) => ({ i })), Array.from({ length: 80 }, (_, i) => ({ i: i === 40 ? 'x' : i })),
  { deep: { deeper: { deepest: { value: 1, list: [1, 2, 3] } } }, other: 'x' }, { deep: { deeper: { deepest: { value: 2, list: [1, 2, 3] } } }, other: 'x' },
  Object.create(null), Object.assign(Object.create(null), { a: 1 }), [1, [2, [3, [4, [5]]]]], [1, [2, [3, [4, [6]]]]],
];
const ASSERT_OPS = ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual'];
for (const op of ASSERT_OPS) {
  scenario('assert', `${op} matrix`, (m, { log }) => {
    const vals = ASSERT_VALUES;
    for (let i = 0; i < vals.length; i++) {
      for (const j of [i, i + 1, i + 2, (i * 7) % vals.length]) {
        if (j >= vals.length) continue;
        assertCase(log, `${i},${j}`, () => m.assert[op](vals[i], vals[j]));
      }
    }
  });
}
scenario('assert', 'custom messages', (m, { log }) => {
  const A = m.assert;
  for (const msg of ['custom', '', 5, 0, null, undefined, { toString() { return 'obj'; } }, 'multi\nline']) {
    for (const op of ASSERT_OPS) {
      const [a, b] = op.startsWith('not') ? [{ a: 1 }, { a: 1 }] : [{ a: 1 }, { a: 2 }];
      assertCase(log, `${op} ${show(msg)} obj`, () => A[op](a, b, msg));
      const [c, d] = op.startsWith('not') ? [1, 1] : [1, 2];
      assertCase(log, `${op} ${show(msg)} prim`, () => A[op](c, d, msg));
    }
    assertCase(log, `strictEqual same-structure ${show(msg)}`, () => A.strictEqual({ a: 1 }, { a: 1 }, msg));
    // (via new Function: Node cannot read the source there either)
    assertCase(log, `ok ${show(msg)}`, () => new Function('A', 'msg', 'A.ok(0, msg)')(A, msg));
    assertCase(log, `strictEqual long ${show(msg)}`, () => A.strictEqual('a'.repeat(10), 'b', msg));
  }
  assertCase(log, 'error as message', () => A.strictEqual(1, 2, new TypeError('own')));
  assertCase(log, 'error as message deep', () => A.deepStrictEqual(1, 2, new RangeError('own2')));
  assertCase(log, 'error as message ok', () => A.ok(false, new Error('own3')));
  assertCase(log, 'error as message equal', () => A.equal(1, 2, new Error('own4')));
});
scenario('assert', 'ok / assert()', (m, { log }) => {
  const A = m.assert;
  assertCase(log, 'ok()', () => A.ok());
  assertCase(log, 'assert()', () => A());
  assertCase(log, 'ok(true)', () => A.ok(true));
  assertCase(log, 'ok(1, "m")', () => A.ok(1, 'm'));
  for (const v of [false, 0, '', null, undefined, NaN, 0n]) {
    assertCase(log, `fn ok(${show(v)})`, () => new Function('a', 'v', 'a.ok(v)')(A, v));
    assertCase(log, `fn assert(${show(v)})`, () => new Function('a', 'v', 'a(v)')(A, v));
    assertCase(log, `fn strict(${show(v)})`, () => new Function('a', 'v', 'a.strict(v)')(A, v));
    assertCase(log, `ok(${show(v)}, msg)`, () => A.ok(v, 'message here'));
  }
  assertCase(log, 'forEach', () => [0].forEach(A));
});
scenario('assert', 'missing args', (m, { log }) => {
  for (const op of ASSERT_OPS) {
    assertCase(log, `${op}()`, () => m.assert[op]());
    assertCase(log, `${op}(1)`, () => m.assert[op](1));
  }
});
scenario('assert', 'fail', (m, { log }) => {
  const A = m.assert;
  assertCase(log, 'fail()', () => A.fail());
  assertCase(log, 'fail(msg)', () => A.fail('boom'));
  assertCase(log, 'fail(null)', () => A.fail(null));
  assertCase(log, 'fail(err)', () => A.fail(new TypeError('te')));
  assertCase(log, 'fail(1,2)', () => A.fail(1, 2));
  assertCase(log, 'fail(1,2,undefined,">")', () => A.fail(1, 2, undefined, '>'));
  assertCase(log, 'fail(1,2,"msg")', () => A.fail(1, 2, 'msg'));
  assertCase(log, 'fail(1,2,"msg","op")', () => A.fail(1, 2, 'msg', 'op'));
});
scenario('assert', 'throws', (m, { log }) => {
  const A = m.assert;
  const thrower = (e) => () => { throw e; };
  class MyErr extends Error {}
  const cases = [
    ['no throw', () => A.throws(() => {})],
    ['no throw msg', () => A.throws(() => {}, 'expected msg')],
    ['no throw class', () => A.throws(() => {}, TypeError)],
    ['no throw class msg', () => A.throws(() => {}, TypeError, 'with msg')],
    ['no throw obj', () => A.throws(() => {}, { message: 'x' })],
    ['class match', () => A.throws(thrower(new TypeError('t')), TypeError)],
    ['class parent', () => A.throws(thrower(new TypeError('t')), Error)],
    ['class mismatch', () => A.throws(thrower(new TypeError('t')), RangeError)],
    ['class mismatch msg', () => A.throws(thrower(new TypeError('t')), RangeError, 'mm')],
    ['class mismatch empty message', () => A.throws(thrower(new TypeError('')), RangeError)],
    ['class same name diff proto', () => A.throws(thrower(new MyErr('x')), class MyErr extends Error {})],
    ['class non-error thrown', () => A.throws(thrower('str'), TypeError)],
    ['class non-error thrown obj', () => A.throws(thrower({ a: 1 }), TypeError)],
    ['regexp match', () => A.throws(thrower(new Error('abc')), /b/)],
    ['regexp mismatch', () => A.throws(thrower(new Error('abc')), /z/)],
    ['regexp mismatch msg', () => A.throws(thrower(new Error('abc')), /z/, 'rx')],
    ['regexp on string', () => A.throws(thrower('xyz'), /y/)],
    ['validator true', () => A.throws(thrower(new Error('v')), (e) => e.message === 'v')],
    ['validator false', () => A.throws(thrower(new Error('v')), function check(e) { return false; })],
    ['validator anon undefined', () => A.throws(thrower(new Error('v')), (e) => {})],
    ['validator non-error', () => A.throws(thrower(5), (e) => 0)],
    ['object match', () => A.throws(thrower(new TypeError('m')), { name: 'TypeError', message: 'm' })],
    ['object mismatch', () => A.throws(thrower(new TypeError('m')), { name: 'TypeError', message: 'n' })],
    ['object mismatch msg', () => A.throws(thrower(new TypeError('m')), { message: 'n' }, 'objmsg')],
    ['object regexp prop', () => A.throws(thrower(new TypeError('hello')), { message: /ell/ })],
    ['object regexp prop mismatch', () => A.throws(thrower(new TypeError('hello')), { message: /zz/, name: 'TypeError' })],
    ['object missing key', () => A.throws(thrower(new Error('m')), { code: 'X' })],
    ['object nested', () => A.throws(thrower(Object.assign(new Error('m'), { info: { a: 1 } })), { info: { a: 2 } })],
    ['object empty', () => A.throws(thrower(new Error('m')), {})],
    ['error instance match', () => A.throws(thrower(new TypeError('m')), new TypeError('m'))],
    ['error instance mismatch', () => A.throws(thrower(new TypeError('m')), new TypeError('n'))],
    ['primitive thrown vs object', () => A.throws(thrower(5), { a: 1 })],
    ['null thrown vs object', () => A.throws(thrower(null), { a: 1 })],
    ['string error arg', () => A.throws(thrower(new Error('x')), 'just message')],
    ['ambiguous', () => A.throws(thrower(new Error('same')), 'same')],
    ['ambiguous prim', () => A.throws(thrower('same'), 'same')],
    ['string error + 4 args', () => A.throws(thrower(new Error('x')), 'a', 'b')],
    ['bad error arg', () => A.throws(thrower(new Error('x')), 5)],
    ['bad fn', () => A.throws(5)],
    ['bad fn undefined', () => A.throws()],
    ['arrow validator no prototype', () => A.throws(thrower(new Error('x')), () => true)],
  ];
  for (const [label, fn] of cases) assertCase(log, label, fn);
});
scenario('assert', 'doesNotThrow', (m, { log }) => {
  const A = m.assert;
  const thrower = (e) => () => { throw e; };
  assertCase(log, 'fine', () => A.doesNotThrow(() => {}));
  assertCase(log, 'throws', () => A.doesNotThrow(thrower(new Error('dnt'))));
  assertCase(log, 'throws msg', () => A.doesNotThrow(thrower(new Error('dnt')), 'custom'));
  assertCase(log, 'throws matching class', () => A.doesNotThrow(thrower(new TypeError('dnt')), TypeError));
  assertCase(log, 'throws other class', () => A.doesNotThrow(thrower(new TypeError('dnt')), RangeError));
  assertCase(log, 'throws regexp', () => A.doesNotThrow(thrower(new TypeError('dnt')), /dn/, 'rxmsg'));
  assertCase(log, 'throws regexp no match', () => A.doesNotThrow(thrower(new TypeError('dnt')), /zz/));
  assertCase(log, 'throws validator', () => A.doesNotThrow(thrower(new TypeError('dnt')), () => true));
  assertCase(log, 'throws bad expected', () => A.doesNotThrow(thrower(new TypeError('dnt')), {}));
  assertCase(log, 'throws prim', () => A.doesNotThrow(thrower(5)));
  assertCase(log, 'bad fn', () => A.doesNotThrow('x'));
});
scenario('assert', 'rejects / doesNotReject', async (m, { log }) => {
  const A = m.assert;
  await assertCaseAsync(log, 'rejects ok', () => A.rejects(Promise.reject(new TypeError('r')), TypeError));
  await assertCaseAsync(log, 'rejects fn ok', () => A.rejects(async () => { throw new Error('r2'); }, /r2/));
  await assertCaseAsync(log, 'rejects resolves', () => A.rejects(Promise.resolve(1)));
  await assertCaseAsync(log, 'rejects resolves class', () => A.rejects(Promise.resolve(1), TypeError, 'cm'));
  await assertCaseAsync(log, 'rejects mismatch', () => A.rejects(Promise.reject(new TypeError('r')), RangeError));
  await assertCaseAsync(log, 'rejects fn not promise', () => A.rejects(() => 5));
  await assertCaseAsync(log, 'rejects fn throws sync', () => A.rejects(() => { throw new Error('sync'); }));
  await assertCaseAsync(log, 'rejects bad arg', () => A.rejects(5));
  await assertCaseAsync(log, 'rejects thenable', () => A.rejects({ then(r, j) { j(new Error('th')); }, catch() {} }, /th/));
  await assertCaseAsync(log, 'doesNotReject ok', () => A.doesNotReject(Promise.resolve(1)));
  await assertCaseAsync(log, 'doesNotReject rejects', () => A.doesNotReject(Promise.reject(new Error('dnr'))));
  await assertCaseAsync(log, 'doesNotReject rejects msg', () => A.doesNotReject(async () => { throw new Error('dnr'); }, 'msg!'));
  await assertCaseAsync(log, 'doesNotReject other class', () => A.doesNotReject(Promise.reject(new TypeError('dnr')), RangeError));
  await assertCaseAsync(log, 'doesNotReject fn not promise', () => A.doesNotReject(() => null));
  log(A.rejects.name, A.doesNotReject.name, A.throws.name);
});
scenario('assert', 'ifError', (m, { log }) => {
  const A = m.assert;
  for (const v of [null, undefined]) assertCase(log, `ifError(${show(v)})`, () => A.ifError(v));
  for (const v of [new Error('bad'), new TypeError(''), 'str', 0, false, { message: 'obj' }, { message: 5 }, Object.assign(Object.create(null), { message: '' })]) {
    assertCase(log, `ifError(${show(v, 0)})`, () => A.ifError(v));
  }
});
scenario('assert', 'match / doesNotMatch', (m, { log }) => {
  const A = m.assert;
  assertCase(log, 'match ok', () => A.match('abc', /b/));
  assertCase(log, 'match fail', () => A.match('abc', /z/));
  assertCase(log, 'match fail msg', () => A.match('abc', /z/, 'mm'));
  assertCase(log, 'match fail err', () => A.match('abc', /z/, new Error('em')));
  assertCase(log, 'match non-string', () => A.match(5, /5/));
  assertCase(log, 'match bad regexp', () => A.match('a', 'a'));
  assertCase(log, 'doesNotMatch ok', () => A.doesNotMatch('abc', /z/));
  assertCase(log, 'doesNotMatch fail', () => A.doesNotMatch('abc', /b/));
  assertCase(log, 'doesNotMatch non-string', () => A.doesNotMatch({}, /b/));
});
scenario('assert', 'AssertionError class', (m, { log, tryIt }) => {
  const { AssertionError } = m.assert;
  log(AssertionError.name, Object.getPrototypeOf(AssertionError) === Error, Object.getOwnPropertyNames(AssertionError.prototype));
  const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  log(describeAssertion(e), Object.getOwnPropertyNames(e));
  log(describeAssertion(new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'zz' })));
  log(describeAssertion(new AssertionError({ actual: 1, expected: 2, operator: 'foo' })));
  log(describeAssertion(new AssertionError({ actual: 1, expected: 2 })));
  log(describeAssertion(new AssertionError({ message: '' })));
  log(describeAssertion(new AssertionError({ actual: [1, 2], expected: [1, 3], operator: 'deepEqual' })));
  const ie = new AssertionError({ actual: 'x'.repeat(600), expected: 'line\n'.repeat(20), operator: 'strictEqual', message: 'm' });
  const insp = nodeUtil.inspect(ie).split('\n').filter((l) => !/^\s+at /.test(l));
  log(insp);
  log(ie.actual.length, ie.expected.length);
  tryIt('new AssertionError()', () => new AssertionError());
  tryIt('new AssertionError(1)', () => new AssertionError(1));
});
scenario('assert', 'shape & strict', (m, { log }) => {
  const A = m.assert;
  log(Object.keys(A), Object.keys(A.strict), A.name, A.strict.name, A.strict.strict === A.strict);
  log(A.strict.equal === A.strictEqual, A.strict.deepEqual === A.deepStrictEqual, A.strict.notEqual === A.notStrictEqual,
    A.strict.notDeepEqual === A.notDeepStrictEqual, A.strict.ok === A.ok, A.strict.AssertionError === A.AssertionError);
  for (const k of Object.keys(A)) log(k, typeof A[k], A[k] && A[k].name, A[k] && A[k].length);
  assertCase(log, 'strict.equal', () => A.strict.equal(1, '1'));
  assertCase(log, 'strict.deepEqual', () => A.strict.deepEqual([1], ['1']));
});
scenario('assert', 'CallTracker', (m, { log, tryIt }) => {
  const tracker = new m.assert.CallTracker();
  function foo(a) { return a * 2; }
  const t = tracker.calls(foo, 2);
  log(t(2), t.name, t.length);
  const t2 = tracker.calls(3);
  const t3 = tracker.calls();
  t3();
  log(tracker.getCalls(t), tracker.report().map((r) => [r.message, r.actual, r.expected, r.operator]));
  try { tracker.verify(); } catch (e) { log(describeAssertion(e), Object.keys(e)); }
  t(1);
  t2(); t2(); t2();
  log(tracker.report());
  tracker.verify();
  t(5);
  try { tracker.verify(); } catch (e) { log(describeAssertion(e)); }
  tracker.reset(t);
  log(tracker.getCalls(t));
  tryIt('getCalls bad', () => tracker.getCalls(() => {}));
  tryIt('calls bad', () => tracker.calls(foo, 0));
  tryIt('calls bad2', () => tracker.calls(foo, 'x'));
});
scenario('assert', 'deepEqual table (loose & strict)', (m, { log }) => {
  deepEqualPairs().forEach(([a, b], i) => {
    let loose; let strictRes;
    try { m.assert.deepEqual(a, b); loose = true; } catch { loose = false; }
    try { m.assert.deepStrictEqual(a, b); strictRes = true; } catch { strictRes = false; }
    log(i, loose, strictRes);
  });
});
scenario('assert', 'deepStrictEqual failure messages over table', (m, { log }) => {
  deepEqualPairs().forEach(([a, b], i) => {
    if (i > 140) return;
    assertCase(log, `${i} dse`, () => m.assert.deepStrictEqual(a, b));
    assertCase(log, `${i} de`, () => m.assert.deepEqual(a, b));
    assertCase(log, `${i} ndse`, () => m.assert.notDeepStrictEqual(a, b));
  });
});

// ---- internal/errors (compared with Node's internals via --expose-internals)
scenario('errors', 'codes & messages', (m, { log, tryIt }) => {
  const { codes } = m.errors;
  const values = [undefined, null, 1, -0, NaN, Infinity, 'str', "it's", 'x'.repeat(30), 'line\nbreak', true, 5n, Symbol('sy'),
    {}, [], Object.create(null), { constructor: null }, new Map(), () => {}, function named() {}, class K {}, new (class Foo {})(),
    2 ** 40, -(2 ** 40), 2 ** 32, 1.5, 2n ** 40n, -(2n ** 40n)];
  const expectedSets = ['string', 'Function', 'Object', 'number', ['string', 'number'], ['string', 'number', 'boolean'],
    ['Buffer', 'TypedArray', 'DataView'], ['string', 'Buffer'], ['Object', 'Function'], ['object', 'Function'].slice(1),
    ['ArrayBuffer', 'Object', 'string'], 'null', ['a valid thing', 'string'], ['one', 'two', 'three'], ['Array', 'Map', 'Set', 'null'],
    ['string', 'Object', 'Buffer'], 'AbortSignal', ['bigint', 'symbol', 'Function', 'object'.toUpperCase()]];
  for (const exp of expectedSets) {
    for (const v of values) {
      tryIt(`ARG_TYPE ${show(exp)} ${show(v)}`, () => { throw new codes.ERR_INVALID_ARG_TYPE('arg', exp, v); });
    }
  }
  for (const name of ['arg', 'options.x', 'first argument', 'The thing']) {
    tryIt(`ARG_TYPE name ${name}`, () => { throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', 1); });
  }
  for (const v of values) {
    tryIt(`ARG_VALUE ${show(v)}`, () => { throw new codes.ERR_INVALID_ARG_VALUE('arg', v); });
    tryIt(`ARG_VALUE.RangeError ${show(v)}`, () => { throw new codes.ERR_INVALID_ARG_VALUE.RangeError('opt.x', v, 'must be nice'); });
    tryIt(`OUT_OF_RANGE ${show(v)}`, () => { throw new codes.ERR_OUT_OF_RANGE('val', '>= 0', v); });
    tryIt(`RETURN_VALUE ${show(v)}`, () => { throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'fn', v); });
    tryIt(`UNHANDLED ${show(v)}`, () => { throw new codes.ERR_UNHANDLED_ERROR(v); });
  }
  tryIt('ARG_VALUE long', () => { throw new codes.ERR_INVALID_ARG_VALUE('arg', 'x'.repeat(300)); });
  tryIt('OUT_OF_RANGE replace', () => { throw new codes.ERR_OUT_OF_RANGE('Custom text.', 'small', 5, true); });
  tryIt('MISSING_ARGS 1', () => { throw new codes.ERR_MISSING_ARGS('a'); });
  tryIt('MISSING_ARGS 2', () => { throw new codes.ERR_MISSING_ARGS('a', 'b'); });
  tryIt('MISSING_ARGS 3', () => { throw new codes.ERR_MISSING_ARGS('a', ['b', 'c'], 'd'); });
  tryIt('INVALID_THIS', () => { throw new codes.ERR_INVALID_THIS('Foo'); });
  tryIt('METHOD_NOT_IMPLEMENTED', () => { throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()'); });
  tryIt('FALSY', () => { throw new codes.ERR_FALSY_VALUE_REJECTION(0); });
  tryIt('AMBIGUOUS', () => { throw new codes.ERR_AMBIGUOUS_ARGUMENT('x', 'why'); });
  tryIt('ENCODING_NOT_SUPPORTED', () => { throw new codes.ERR_ENCODING_NOT_SUPPORTED('foo'); });
  tryIt('ENCODING_INVALID', () => { throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-8', 3); });
  tryIt('ILLEGAL_CONSTRUCTOR', () => { throw new codes.ERR_ILLEGAL_CONSTRUCTOR(); });
  tryIt('INVALID_STATE', () => { throw new codes.ERR_INVALID_STATE.TypeError('closed'); });
  tryIt('MISSING_OPTION', () => { throw new codes.ERR_MISSING_OPTION('opts.x'); });
  tryIt('MULTIPLE_CALLBACK', () => { throw new codes.ERR_MULTIPLE_CALLBACK(); });
  tryIt('UNKNOWN_ENCODING', () => { throw new codes.ERR_UNKNOWN_ENCODING('zz'); });
  tryIt('UNKNOWN_SIGNAL', () => { throw new codes.ERR_UNKNOWN_SIGNAL('SIGZ'); });
  tryIt('INVALID_URI', () => { throw new codes.ERR_INVALID_URI(); });
  tryIt('INVALID_URL', () => { throw new codes.ERR_INVALID_URL('x:y'); });
  tryIt('INVALID_URL_SCHEME', () => { throw new codes.ERR_INVALID_URL_SCHEME('file'); });
  tryIt('INVALID_URL_SCHEME2', () => { throw new codes.ERR_INVALID_URL_SCHEME(['a', 'b']); });
  tryIt('BUFFER_OUT_OF_BOUNDS', () => { throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset'); });
  tryIt('BUFFER_OUT_OF_BOUNDS2', () => { throw new codes.ERR_BUFFER_OUT_OF_BOUNDS(); });
  tryIt('INVALID_FD', () => { throw new codes.ERR_INVALID_FD(-1); });
  tryIt('INVALID_CHAR', () => { throw new codes.ERR_INVALID_CHAR('header content', 'foo'); });
  tryIt('USE_AFTER_CLOSE', () => { throw new codes.ERR_USE_AFTER_CLOSE('readline'); });
  tryIt('UNKNOWN_BUILTIN_MODULE', () => { throw new codes.ERR_UNKNOWN_BUILTIN_MODULE('zz'); });
  tryIt('OPERATION_FAILED', () => { throw new codes.ERR_OPERATION_FAILED('x'); });
  tryIt('INVALID_BUFFER_SIZE', () => { throw new codes.ERR_INVALID_BUFFER_SIZE('16-bits'); });
  const e = new codes.ERR_INVALID_ARG_TYPE('a', 'string', 1);
  log(Object.getOwnPropertyNames(e), e.constructor === TypeError, Object.getPrototypeOf(e) === TypeError.prototype,
    e instanceof TypeError, Object.keys(e), Object.getOwnPropertyDescriptor(e, 'message'));
  log(nodeUtil.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)));
  e.name = 'Renamed'; e.code = 'CHANGED';
  log(String(e));
  const f = new codes.ERR_FALSY_VALUE_REJECTION(null);
  log(Object.keys(f), f.reason);
});
scenario('errors', 'AbortError & genericNodeError', (m, { log, tryIt }) => {
  const a = new m.errors.AbortError();
  log(a.name, a.code, a.message, Object.keys(a), String(a), a instanceof Error);
  const b = new m.errors.AbortError('custom', { cause: 'why' });
  log(b.message, b.cause, Object.keys(b));
  tryIt('AbortError bad opts', () => new m.errors.AbortError('x', 1));
  const g = m.errors.genericNodeError('msg', { code: 'X', extra: 1 });
  log(g.message, Object.keys(g), g.code);
});
scenario('errors', 'validators', (m, { tryIt }) => {
  const v = m.errors;
  const values = [undefined, null, 0, -1, 1.5, NaN, 2 ** 31, 2 ** 53, 'x', true, {}, [], () => {}, 5n];
  for (const val of values) {
    tryIt(`validateFunction ${show(val)}`, () => v.validateFunction(val, 'cb'));
    tryIt(`validateNumber ${show(val)}`, () => v.validateNumber(val, 'n'));
    tryIt(`validateNumber min ${show(val)}`, () => v.validateNumber(val, 'n', 0));
    tryIt(`validateNumber range ${show(val)}`, () => v.validateNumber(val, 'n', 0, 10));
    tryIt(`validateNumber max ${show(val)}`, () => v.validateNumber(val, 'n', undefined, 10));
    tryIt(`validateInteger ${show(val)}`, () => v.validateInteger(val, 'i'));
    tryIt(`validateInteger range ${show(val)}`, () => v.validateInteger(val, 'i', 0, 100));
    tryIt(`validateInt32 ${show(val)}`, () => v.validateInt32(val, 'i32'));
    tryIt(`validateUint32 ${show(val)}`, () => v.validateUint32(val, 'u32'));
    tryIt(`validateUint32 pos ${show(val)}`, () => v.validateUint32(val, 'u32', true));
    tryIt(`validateObject ${show(val)}`, () => v.validateObject(val, 'obj'));
    tryIt(`validateObject nullable ${show(val)}`, () => v.validateObject(val, 'obj', v.kValidateObjectAllowNullable));
    tryIt(`validateObject array ${show(val)}`, () => v.validateObject(val, 'obj', v.kValidateObjectAllowArray));
    tryIt(`validateObject fn ${show(val)}`, () => v.validateObject(val, 'obj', v.kValidateObjectAllowFunction));
    tryIt(`validateObject all ${show(val)}`, () => v.validateObject(val, 'obj', v.kValidateObjectAllowObjectsAndNull));
    tryIt(`validateString ${show(val)}`, () => v.validateString(val, 's'));
    tryIt(`validateBoolean ${show(val)}`, () => v.validateBoolean(val, 'b'));
    tryIt(`validateArray ${show(val)}`, () => v.validateArray(val, 'arr'));
    tryIt(`validateArray min ${show(val)}`, () => v.validateArray(val, 'arr', 1));
    tryIt(`validateOneOf ${show(val)}`, () => v.validateOneOf(val, 'one', ['x', 0, true]));
    tryIt(`validateAbortSignal ${show(val)}`, () => v.validateAbortSignal(val, 'sig'));
  }
  tryIt('validateAbortSignal real', () => v.validateAbortSignal(new AbortController().signal, 'sig'));
  tryIt('validateAbortSignal fake', () => v.validateAbortSignal({ aborted: false }, 'sig'));
});

// ---- randomized assert diffs -------------------------------------------------
function makeRng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6D2B79F5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function randomValue(rng, depth) {
  const r = rng();
  if (depth <= 0 || r < 0.35) {
    const prims = [0, 1, -1, 42, 'a', 'hello', 'x'.repeat(Math.floor(rng() * 40)), true, false, null, undefined, NaN, -0, 10n];
    return prims[Math.floor(rng() * prims.length)];
  }
  if (r < 0.65) {
    const n = Math.floor(rng() * 8);
    return Array.from({ length: n }, () => randomValue(rng, depth - 1));
  }
  if (r < 0.9) {
    const o = {};
    const n = Math.floor(rng() * 6);
    for (let i = 0; i < n; i++) o[`k${Math.floor(rng() * 10)}`] = randomValue(rng, depth - 1);
    return o;
  }
  if (r < 0.95) return new Map([[randomValue(rng, 0), randomValue(rng, depth - 1)]]);
  return new Set([randomValue(rng, 0), randomValue(rng, 0)]);
}
function mutate(rng, v, depth = 0) {
  if (Array.isArray(v)) {
    const c = v.slice();
    const r = rng();
    if (c.length && r < 0.5) {
      const i = Math.floor(rng() * c.length);
      c[i] = mutate(rng, c[i], depth + 1);
    } else if (r < 0.75) c.push(randomValue(rng, 1));
    else if (c.length) c.splice(Math.floor(rng() * c.length), 1);
    return c;
  }
  if (v && typeof v === 'object' && !(v instanceof Map) && !(v instanceof Set)) {
    const c = { ...v };
    const keys = Object.keys(c);
    const r = rng();
    if (keys.length && r < 0.6) {
      const k = keys[Math.floor(rng() * keys.length)];
      c[k] = mutate(rng, c[k], depth + 1);
    } else if (r < 0.8 || !keys.length) c[`n${Math.floor(rng() * 5)}`] = randomValue(rng, 1);
    else delete c[keys[0]];
    return c;
  }
  return randomValue(rng, 2);
}
for (let chunk = 0; chunk < 4; chunk++) {
  scenario('assert', `randomized diffs #${chunk}`, (m, { log }) => {
    const rng = makeRng(1234 + chunk);
    for (let i = 0; i < 150; i++) {
      const a = randomValue(rng, 4);
      const b = rng() < 0.15 ? structuredClone(a) : mutate(rng, a);
      assertCase(log, `${i} dse`, () => m.assert.deepStrictEqual(a, b));
      assertCase(log, `${i} se`, () => m.assert.strictEqual(a, b));
      assertCase(log, `${i} de`, () => m.assert.deepEqual(a, b));
      assertCase(log, `${i} nde`, () => m.assert.notDeepEqual(a, a));
      assertCase(log, `${i} ndse`, () => m.assert.notDeepStrictEqual(a, structuredClone(a)));
    }
  });
}
scenario('assert', 'big structures diffs', (m, { log }) => {
  const big = (n, f) => Array.from({ length: n }, (_, i) => f(i));
  const pairs = [
    [big(100, (i) => i), big(100, (i) => (i % 10 === 0 ? -i : i))],
    [big(100, (i) => ({ i, s: 'v' + i })), big(100, (i) => ({ i, s: 'v' + (i === 50 ? 'x' : i) }))],
    [big(20, (i) => i), big(25, (i) => i)],
    [big(25, (i) => i), big(20, (i) => i)],
    [big(60, (i) => `line ${i}`).join('\n'), big(60, (i) => `line ${i === 30 ? 'X' : i}`).join('\n')],
    [{ a: big(10, (i) => i), b: 'same', c: big(10, (i) => ({ q: i })) }, { a: big(10, (i) => i), b: 'diff', c: big(10, (i) => ({ q: i })) }],
    [big(8, (i) => i), big(8, (i) => (i === 7 ? 'seven' : i))],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], [0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]],
    [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9, i: 10 }],
    ['abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyZ'],
    ['x'.repeat(90), 'x'.repeat(89) + 'y'],
    [[1, 2], [1, 2, 3]], [[1, 2, 3], [1, 2]], [{ a: [1, 2] }, { a: [1, 2, 3] }], [[[1]], [[1, 2]]],
  ];
  pairs.forEach(([a, b], i) => {
    assertCase(log, `${i} dse`, () => m.assert.deepStrictEqual(a, b));
    assertCase(log, `${i} se`, () => m.assert.strictEqual(a, b));
    assertCase(log, `${i} de`, () => m.assert.deepEqual(a, b));
    assertCase(log, `${i} ndse`, () => m.assert.notDeepStrictEqual(a, a));
    assertCase(log, `${i} nse`, () => m.assert.notStrictEqual(a, a));
    assertCase(log, `${i} nde`, () => m.assert.notDeepEqual(a, a));
  });
});

scenario('text', 'bad this for encoder', (m, { tryIt }) => {
  tryIt('encode.call({})', () => m.util.TextEncoder.prototype.encode.call({}, 'a'));
  tryIt('encodeInto.call({})', () => m.util.TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(1)));
  tryIt('encoding.call({})', () => Object.getOwnPropertyDescriptor(m.util.TextEncoder.prototype, 'encoding').get.call({}));
}, fallbackOpts);
scenario('events', 'once() with EventTarget', async (m, { log }) => {
  const et = new EventTarget();
  const p = m.events.once(et, 'foo');
  et.dispatchEvent(new Event('foo'));
  const [ev] = await p;
  log(ev.type, ev instanceof Event);
});
scenario('assert', 'long values truncate', (m, { log }) => {
  const long = { data: 'y'.repeat(700) };
  assertCase(log, 'deepEqual long', () => m.assert.deepEqual(long, { data: 'z'.repeat(700) }));
  assertCase(log, 'notDeepEqual long', () => m.assert.notDeepEqual(long, { data: 'y'.repeat(700) }));
  assertCase(log, 'equal long', () => m.assert.equal('a'.repeat(600), 'b'.repeat(600)));
  const lines = Array.from({ length: 70 }, (_, i) => ({ i }));
  assertCase(log, 'notDeepStrictEqual many lines', () => m.assert.notDeepStrictEqual(lines, structuredClone(lines)));
  assertCase(log, 'notStrictEqual obj', () => m.assert.notStrictEqual(lines, lines));
  assertCase(log, 'strictEqual same structure big', () => m.assert.strictEqual(lines, structuredClone(lines)));
  assertCase(log, 'strictEqual fns', () => m.assert.strictEqual(function a() {}, function b() {}));
  assertCase(log, 'notStrictEqual fn', () => { const f = () => {}; m.assert.notStrictEqual(f, f); });
});

// (end of scenarios)

async function main() {
  const filter = process.argv[2];
  const ours = loadOurs();
  const theirs = loadNode();
  let pass = 0;
  let fail = 0;
  let lines = 0;
  const groups = new Map();
  const failures = [];
  for (const sc of scenarios) {
    const full = `${sc.group}: ${sc.name}`;
    if (filter && !full.includes(filter)) continue;
    const oursMods = sc.opts.fresh ? loadOurs(sc.opts.globals) : ours;
    // One call site for both runs, so captured stack traces are identical.
    const [a, b] = [[], []];
    for (const [mods, out] of [[oursMods, a], [theirs, b]]) out.push(...await runScenario(sc, mods));
    lines += b.length;
    const g = groups.get(sc.group) || { pass: 0, total: 0 };
    g.total++;
    if (a.length === b.length && a.every((l, i) => l === b[i])) {
      pass++;
      g.pass++;
    } else {
      fail++;
      failures.push(`  FAIL ${full}\n${diffLines(a, b)}`);
    }
    groups.set(sc.group, g);
  }
  for (const f of failures) console.log(f);
  for (const [name, g] of groups) console.log(`  ${name.padEnd(8)} ${g.pass}/${g.total}`);
  console.log(`\n${pass + fail} scenarios (${lines} compared output lines), ${pass} passed, ${fail} failed`);
  process.exitCode = fail ? 1 : 0;
}

main();
