// core/js/test/path-win32.test.js — Node-oracle tests for `path.win32` in
// core/js/path.js.  The module is loaded with the runtime's module contract
// (`(function (exports, require, module, binding) {...})`, as in
// modules.test.js) and every case is compared with Node's own `path.win32`
// (and, for the POSIX check, `path.posix`).
//
//   node core/js/test/path-win32.test.js [-v]
//
// Exits 1 and prints the differing cases when anything mismatches.
'use strict';

const fs = require('fs');
const nodePath = require('path');
const vm = require('vm');
const nodeUtil = require('util');
const { spawnSync } = require('child_process');

const JS_ROOT = nodePath.join(__dirname, '..');
const REPO_ROOT = nodePath.join(JS_ROOT, '..', '..');
const FILES = { 'internal/errors': 'internal/errors.js', path: 'path.js' };
const VERBOSE = process.argv.includes('-v');

// ---------------------------------------------------------------------------
// Loader (same contract and shims as modules.test.js)
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
      if (t.isDate(v)) return 'Date';
      if (t.isRegExp(v)) return 'RegExp';
      if (t.isNativeError(v)) return 'Error';
      if (t.isTypedArray(v)) return 'TypedArray';
      if (t.isBoxedPrimitive(v)) {
        if (t.isNumberObject(v)) return 'BoxedNumber';
        if (t.isStringObject(v)) return 'BoxedString';
        if (t.isBooleanObject(v)) return 'BoxedBoolean';
        if (t.isBigIntObject(v)) return 'BoxedBigInt';
        return 'BoxedSymbol';
      }
      if (typeof v === 'function') return 'Function';
      return 'Object';
    },
    isClassConstructor(fn) {
      return typeof fn === 'function' && /^class\b/.test(Function.prototype.toString.call(fn));
    },
    getPromiseState() {
      return 0;
    },
  };
}

function createLoader() {
  const cache = new Map();
  const binding = makeBinding();
  const inspectShim = {
    inspect: nodeUtil.inspect,
    format: nodeUtil.format,
    formatWithOptions: nodeUtil.formatWithOptions,
  };
  function req(id) {
    if (id === 'internal/inspect') return inspectShim;
    if (cache.has(id)) return cache.get(id).exports;
    const file = FILES[id];
    if (!file) throw new Error(`loader: unknown builtin module '${id}'`);
    const filename = nodePath.join(JS_ROOT, file);
    const src = fs.readFileSync(filename, 'utf8');
    const fn = vm.runInThisContext(`(function (exports, require, module, binding) {${src}\n})`, { filename });
    const module = { exports: {} };
    cache.set(id, module);
    fn.call(undefined, module.exports, req, module, binding);
    return module.exports;
  }
  return req;
}

const ours = createLoader()('path');
const theirs = require('path');

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------
function describe(fn) {
  try {
    const v = fn();
    return typeof v === 'string' ? JSON.stringify(v) : nodeUtil.inspect(v, { depth: 3, breakLength: Infinity });
  } catch (e) {
    return `THROWS ${e && e.constructor && e.constructor.name} ${e && e.code} ${JSON.stringify(e && e.message)}`;
  }
}

const stats = new Map(); // section -> { pass, fail }
const failures = [];
let current = 'misc';

function section(name) {
  current = name;
  if (!stats.has(name)) stats.set(name, { pass: 0, fail: 0 });
}

// `call(impl)` is run against loopscope's module and against Node's.
function check(label, call) {
  compare(label, describe(() => call(ours)), describe(() => call(theirs)));
}

function compare(label, a, b) {
  const s = stats.get(current);
  if (a === b) {
    s.pass++;
  } else {
    s.fail++;
    failures.push(`  [${current}] ${label}\n      ours: ${a}\n      node: ${b}`);
  }
}

const show = (v) => (typeof v === 'string' ? JSON.stringify(v) : nodeUtil.inspect(v));
const args = (list) => list.map(show).join(', ');

// Node's matchesGlob warns once per process; keep the output quiet.
process.emitWarning = () => {};

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------
const PATHS = [
  // empty / dots / single chars
  '', '.', '..', '...', './', '.\\', '../', '..\\', '/', '\\', ':', 'a', 'A', '?', '*',
  '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', '.git', '.git.', 'file.txt', 'file.tar.gz', '.\\..',
  // drive letters
  'C:', 'c:', 'C:\\', 'C:/', 'c:\\\\', 'C:\\\\\\', 'C:.', 'C:..', 'C:a', 'C:a\\b', 'C:\\a', 'C:/a/b',
  'C:\\a\\b\\', 'C:\\a\\b.txt', 'C:\\a\\..', 'C:\\..', 'C:\\..\\..\\x', 'C:..\\..\\x', 'C:\\.\\x\\.\\y',
  'c:\\Users\\Me\\Desktop\\file.txt', 'C:\\foo\\bar\\baz\\..\\qux', 'C:x.', 'C:.x', 'C:\\.x', 'D:\\dir\\file.',
  'Z:/mixed\\slashes/dir\\', '1:\\x', '@:\\x', 'CC:\\x', 'C:\\a:b', 'C:\\x\\y:z', 'c:/a//b///c',
  // rooted (no drive)
  '/a', '\\a', '/a/b', '\\a\\b\\', '/a/../..', '\\..\\a', '/./a/./b/.', '\\a\\\\b', '/foo/bar.html',
  // UNC
  '\\\\', '//', '\\\\\\', '\\\\\\\\', '\\\\server', '\\\\server\\', '//server/', '\\\\server\\share',
  '\\\\server\\share\\', '//server/share', '//server/share/', '\\\\server\\share\\dir\\file.txt',
  '\\\\server\\share\\..\\..', '//server/share/x/../..', '\\\\server\\\\share', '\\\\server\\share\\\\x',
  '\\/server/\\share\\/x', '\\\\server\\share\\a\\b\\..\\c', '\\\\\\server\\share', '\\\\a\\b', '\\\\a\\b\\c\\',
  '\\\\server\\share:x\\y', '\\\\..\\share\\x', '\\\\..\\..\\x',
  // device namespaces
  '\\\\?\\', '\\\\?\\C:', '\\\\?\\C:\\', '\\\\?\\C:\\x\\y', '\\\\?\\C:\\..\\x', '\\\\?\\UNC\\server\\share\\x',
  '\\\\.\\', '\\\\.\\pipe', '\\\\.\\pipe\\name', '\\\\.\\PHYSICALDRIVE0', '\\\\.\\COM1', '//?/c:/x', '//./x/../y',
  '\\\\?\\\\\\x', '\\\\.\\\\x\\y',
  // relative with dots
  'a\\..', 'a/../..', 'a\\b\\..\\..\\..\\c', '../../a', '..\\..\\', 'a/./b/./', './a', '.\\a\\', 'a\\\\b//c',
  'foo/bar/../baz/', 'a/b/c/../../d',
  // colons, reserved names (Node 20 path-traversal guards)
  'a:b', 'ab:c', 'a:', 'a:\\b', 'a/b:', 'a/b:/c', 'x:y:z', 'a/../C:x', 'a/../c:', '.\\c:x', 'foo/../../c:/x',
  'CON', 'CON:', 'CON:x', 'CON:../foo', 'con:', 'con', 'CONx', 'NULL', 'nul.txt', 'aux\\', 'CON/', 'COM1:x',
  'COM1', 'com1:', 'LPT9:a\\..\\b', 'PRN:\\x', 'COM\xb9:', 'LPT\xb2:x', 'CON:x:y', 'CONIN$:', 'a/CON:x', 'x/../CON:a',
  // odd characters
  'dir\\file name.txt', 'ä\\ö.ü', 'İstanbul\\ß.TXT', '日本\\語.md', 'a\tb\\c', 'trailing.dot.',
];

const SUFFIXES = ['', '.txt', 'txt', '.TXT', 'b', 'ab', 'a', '\\', '.', 'e.txt', 'file.txt', 'C:', 'share', '.gz'];

const JOINS = [
  [], [''], ['', ''], ['a'], ['a', 'b'], ['a', '', 'b'], ['/a', 'b'], ['\\', 'a'], ['//', 'a'], ['//a'], ['//a', 'b'],
  ['\\\\a', 'b'], ['///a', 'b'], ['\\\\\\a', 'b'], ['//server', 'share'], ['//server/', 'share'], ['\\\\server', 'share', 'x'],
  ['/', '/a'], ['/', '//a'], ['/', '/c:/foo'], ['', '//a'], ['', '', '//a'], ['a', '//b'], ['c:', 'x'], ['c:', '\\x'],
  ['c:\\', 'x'], ['c:/', '../..', 'y'], ['C:', 'D:'], ['a:', 'b'], ['a', 'CON:x'], ['CON', 'x'], ['CON:', 'x'],
  ['a', 'c:\\..\\..'], ['a', 'c:..\\..'], ['.', 'a'], ['..', '..'], ['a', '..', '..'], ['a/', '/b/'], ['a\\', '\\b\\'],
  ['x', 'y\\'], ['\\\\?\\C:', 'x'], ['\\\\.\\pipe', 'x'], ['/', ''], ['', '/'], ['\\\\', '\\\\'], ['//', '//', 'x'],
  ['foo', '..', 'c:'], ['a', 'b', '..', '..', '..'], ['\\\\server\\share', '..', 'x'], ['C:\\a', 'b:c'],
];

const RESOLVES = [
  [], [''], ['a'], ['a', 'b'], ['/a', 'b'], ['\\a', '..'], ['C:'], ['c:'], ['C:a'], ['C:\\'], ['C:\\a', 'b'],
  ['C:\\a', 'D:b'], ['C:\\a', 'd:\\b', 'c'], ['C:\\a', '\\b'], ['C:', '\\b'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['.'],
  ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'],
  ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['\\\\server\\share', 'x'], ['\\\\server\\share\\a', 'C:b'], ['\\\\?\\C:\\x', '..'], ['\\\\.\\pipe', 'x'],
  ['a', 'C:'], ['C:', 'a'], ['C:..', '..'], ['CON:'], ['a:b'], ['C:\\x', 'c:y'], ['C:\\x', 'C:y'], ['\\\\?'],
  ['\\\\server'], ['\\\\server\\'], ['/a', '\\\\server\\share\\x'], ['\\\\server\\share', 'C:\\x', 'y'],
];

const RELATIVES = [
  ['', ''], ['a', 'a'], ['a', 'b'], ['a', 'A'], ['', 'a'], ['a', ''], ['a/b', 'a'], ['a', 'a/b'],
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'],
  ['C:\\foo\\bar\\baz\\quux', 'C:\\'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'],
  ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz'], ['C:', 'C:\\x'], ['C:\\', 'C:\\'], ['C:\\', 'c:\\'], ['C:\\x', 'C:\\X'], ['C:\\x\\', 'C:\\x'],
  ['\\\\server\\share', '\\\\server\\share\\'], ['\\\\server\\share', '\\\\SERVER\\SHARE\\x'], ['\\\\server\\share', '\\\\server\\other'],
  ['\\\\server\\share\\a', '\\\\server2\\share\\a'], ['/a/b', '/a/c'], ['/', '/a'], ['/a', '/'], ['\\\\?\\C:\\x', '\\\\?\\C:\\y'],
  ['\\\\?\\C:\\x', 'C:\\x'], ['\\\\.\\pipe\\a', '\\\\.\\pipe\\b'], ['C:\\İ\\a', 'C:\\i̇\\b'], ['C:\\İ\\a', 'C:\\İ'],
  ['C:\\x\\İ', 'C:\\x'], ['C:\\İ', 'D:\\İ'], ['C:\\ß\\a', 'C:\\SS\\a'], ['C:\\a\\b\\c', 'C:\\a\\x\\y\\z'], ['a/b/c', '../x'],
  ['C:a', 'C:b'], ['C:a', 'D:a'], ['\\\\server\\share\\x\\y', '\\\\server\\share'], ['C:\\a\\İx', 'C:\\a\\İy'],
  // rootless paths sharing a name prefix (Node compares characters, not segments)
  ['/ab', '/abc'], ['/ab/', '/abcd/e'], ['/a', '/ab'], ['/abc', '/abd'], ['\\ab', '\\abx\\y'], ['\\\\?\\', '\\\\?\\x'],
  ['C:\\ab', 'C:\\abc'], ['\\\\s\\sh', '\\\\s\\shx'],
];

const FORMATS = [
  {}, { root: 'C:\\' }, { dir: 'C:\\' }, { root: 'C:\\', base: 'x' }, { dir: 'C:\\a', base: 'x.txt' },
  { root: 'C:\\', dir: 'C:\\a', name: 'x', ext: '.txt' }, { name: 'x', ext: 'txt' }, { name: 'x', ext: '' },
  { base: 'b', name: 'n', ext: '.e' }, { dir: '\\\\server\\share', base: 'x' }, { root: '\\\\server\\share\\', base: 'x' },
  { dir: 'a', root: 'b', base: 'c' }, { dir: 'a/', base: 'b' }, { ext: '.x' }, { root: '/' }, { dir: '', root: '', base: '' },
];

const BAD_VALUES = [undefined, null, 1, true, {}, [], Symbol('s'), () => {}];

const GLOBS = [
  ['C:\\a\\b.js', 'C:/a/*.js'], ['C:\\a\\b.js', 'c:/a/*.js'], ['c:\\a\\b.js', 'C:\\a\\*.js'], ['C:\\a\\b.js', 'D:/a/*.js'],
  ['C:\\a\\b.js', '**/*.js'], ['a\\b\\c.txt', 'a/**/*.txt'], ['a\\b\\c.txt', 'a\\*\\c.txt'], ['a/b/c.txt', 'a\\b\\*'],
  ['\\\\server\\share\\x.js', '//server/share/*.js'], ['\\\\server\\share\\x.js', '\\\\server\\share\\*'],
  ['\\\\server\\share\\x.js', '//server/*/x.js'], ['//?/C:/x/y.js', 'C:/x/*.js'], ['C:/x/y.js', '//?/c:/x/*.js'],
  ['\\\\?\\C:\\x\\y.js', '\\\\?\\C:\\x\\*'], ['a\\.hidden', 'a\\*'], ['a\\.hidden', 'a\\.*'], ['x.JS', '*.js'],
  ['a\\b', 'a/b'], ['a\\b\\', 'a/b'], ['a\\\\b', 'a/b'], ['a\\.\\b', 'a/b'], ['a\\x\\..\\b', 'a/b'],
  ['foo\\bar', '{foo,baz}/bar'], ['foo\\bar', 'foo/+(bar|baz)'], ['foo\\bar', 'foo/!(bar)'], ['C:\\', 'C:/'],
  ['', ''], ['a', ''], ['C:', 'c:'], ['\\\\server\\share', '//server/share'], ['\\\\server', '//server'],
];

// ---------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------
section('structure');
{
  const identities = [
    ['path === path.posix', (p) => p === p.posix],
    ['path.posix.posix === path.posix', (p) => p.posix.posix === p.posix],
    ['path.win32 !== path.posix', (p) => p.win32 !== p.posix],
    ['path.win32.win32 === path.win32', (p) => p.win32.win32 === p.win32],
    ['path.win32.posix === path.posix', (p) => p.win32.posix === p.posix],
    ['path.posix.win32 === path.win32', (p) => p.posix.win32 === p.win32],
    ['win32._makeLong === win32.toNamespacedPath', (p) => p.win32._makeLong === p.win32.toNamespacedPath],
    ['posix._makeLong === posix.toNamespacedPath', (p) => p.posix._makeLong === p.posix.toNamespacedPath],
  ];
  for (const [label, fn] of identities) check(label, fn);
  check('win32 keys', (p) => Object.keys(p.win32));
  check('posix keys', (p) => Object.keys(p.posix));
  check('win32 sep/delimiter', (p) => [p.win32.sep, p.win32.delimiter]);
  check('posix sep/delimiter', (p) => [p.posix.sep, p.posix.delimiter]);
  check('win32 value types', (p) => Object.keys(p.win32).map((k) => `${k}:${typeof p.win32[k]}`));
  check('win32 function names/lengths', (p) => Object.keys(p.win32).filter((k) => typeof p.win32[k] === 'function' && k !== '_makeLong')
    .map((k) => `${k}:${p.win32[k].name}/${p.win32[k].length}`));
  check('win32 descriptors', (p) => Object.keys(p.win32).map((k) => {
    const d = Object.getOwnPropertyDescriptor(p.win32, k);
    return `${k}:${d.writable}${d.enumerable}${d.configurable}`;
  }));
}

section('normalize');
for (const p of PATHS) check(`normalize(${show(p)})`, (m) => m.win32.normalize(p));
section('isAbsolute');
for (const p of PATHS) check(`isAbsolute(${show(p)})`, (m) => m.win32.isAbsolute(p));
section('dirname');
for (const p of PATHS) check(`dirname(${show(p)})`, (m) => m.win32.dirname(p));
section('basename');
for (const p of PATHS) check(`basename(${show(p)})`, (m) => m.win32.basename(p));
for (const p of PATHS) {
  for (const s of SUFFIXES) check(`basename(${show(p)}, ${show(s)})`, (m) => m.win32.basename(p, s));
}
section('extname');
for (const p of PATHS) check(`extname(${show(p)})`, (m) => m.win32.extname(p));
section('parse');
for (const p of PATHS) check(`parse(${show(p)})`, (m) => m.win32.parse(p));
section('format');
for (const p of PATHS) check(`format(parse(${show(p)}))`, (m) => m.win32.format(m.win32.parse(p)));
for (const o of FORMATS) check(`format(${show(o)})`, (m) => m.win32.format(o));
section('toNamespacedPath');
for (const p of PATHS) check(`toNamespacedPath(${show(p)})`, (m) => m.win32.toNamespacedPath(p));
for (const v of BAD_VALUES) check(`toNamespacedPath(${show(v)})`, (m) => m.win32.toNamespacedPath(v));
section('resolve');
for (const p of PATHS) check(`resolve(${show(p)})`, (m) => m.win32.resolve(p));
for (const c of RESOLVES) check(`resolve(${args(c)})`, (m) => m.win32.resolve(...c));
section('join');
for (const c of JOINS) check(`join(${args(c)})`, (m) => m.win32.join(...c));
for (const p of PATHS) check(`join('x', ${show(p)})`, (m) => m.win32.join('x', p));
for (const p of PATHS) check(`join(${show(p)}, 'x')`, (m) => m.win32.join(p, 'x'));
section('relative');
for (const [a, b] of RELATIVES) {
  check(`relative(${args([a, b])})`, (m) => m.win32.relative(a, b));
  check(`relative(${args([b, a])})`, (m) => m.win32.relative(b, a));
}
for (const p of PATHS) check(`relative('C:\\\\a\\\\b', ${show(p)})`, (m) => m.win32.relative('C:\\a\\b', p));
for (const p of PATHS) check(`relative(${show(p)}, '\\\\\\\\srv\\\\sh\\\\x')`, (m) => m.win32.relative(p, '\\\\srv\\sh\\x'));

section('validation');
for (const v of BAD_VALUES) {
  for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse']) {
    check(`${fn}(${show(v)})`, (m) => m.win32[fn](v));
  }
  check(`join('a', ${show(v)})`, (m) => m.win32.join('a', v));
  check(`resolve('a', ${show(v)})`, (m) => m.win32.resolve('a', v));
  check(`resolve(${show(v)}, 'C:\\\\a')`, (m) => m.win32.resolve(v, 'C:\\a')); // left of absolute+device: unchecked
  check(`resolve(${show(v)}, '\\\\a')`, (m) => m.win32.resolve(v, '\\a')); // still looking for a device
  check(`relative(${show(v)}, 'a')`, (m) => m.win32.relative(v, 'a'));
  check(`relative('a', ${show(v)})`, (m) => m.win32.relative('a', v));
  check(`basename('a', ${show(v)})`, (m) => m.win32.basename('a', v));
  check(`format(${show(v)})`, (m) => m.win32.format(v));
  check(`matchesGlob(${show(v)}, 'a')`, (m) => m.win32.matchesGlob(v, 'a'));
  check(`matchesGlob('a', ${show(v)})`, (m) => m.win32.matchesGlob('a', v));
}

section('matchesGlob');
for (const [f, g] of GLOBS) check(`matchesGlob(${args([f, g])})`, (m) => m.win32.matchesGlob(f, g));

// Environment-dependent resolution: other cwds and per-drive cwd variables.
section('cwd/env');
{
  const origCwd = process.cwd();
  const inputs = ['a', '.', '..', 'C:', 'C:a', 'c:..\\x', '\\x', 'D:', '\\\\server\\share\\x', ''];
  for (const dir of ['/', '/tmp', nodePath.join(REPO_ROOT, 'core')]) {
    process.chdir(dir);
    for (const p of inputs) {
      check(`[cwd ${dir}] resolve(${show(p)})`, (m) => m.win32.resolve(p));
      check(`[cwd ${dir}] toNamespacedPath(${show(p)})`, (m) => m.win32.toNamespacedPath(p));
      check(`[cwd ${dir}] relative(${show(p)}, 'C:\\\\x')`, (m) => m.win32.relative(p, 'C:\\x'));
    }
  }
  process.chdir(origCwd);
  for (const value of ['C:\\drive\\cwd', 'c:\\lower', 'D:\\other', 'C:relative', '\\\\server\\share\\x', '']) {
    process.env['=C:'] = value;
    for (const p of inputs) check(`[=C: ${show(value)}] resolve(${show(p)})`, (m) => m.win32.resolve(p));
  }
  delete process.env['=C:'];
}

// Seeded random paths built from tricky pieces.
section('fuzz');
{
  let seed = 0x5eed1234;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 0x100000000;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const HEADS = ['', '', '', 'C:', 'c:', 'D:', 'C:\\', 'c:/', '\\', '/', '\\\\', '//', '\\\\srv\\sh', '//SRV/sh/',
    '\\\\?\\', '\\\\.\\', '\\\\?\\C:\\', 'CON:', 'nul', 'a:', '\\\\\\'];
  const PIECES = ['a', 'B', 'x.txt', '.', '..', '...', '.git', 'CON', 'aux', 'COM1:', ':', 'c:', 'D:', '?', 'İ', 'ß',
    'dir', 'file.tar.gz', 'sh', 'srv', ' ', 'a.', '..x'];
  const SEPS = ['\\', '/', '\\\\', '/\\', '//'];
  const randomPath = () => {
    let s = pick(HEADS);
    const n = Math.floor(rnd() * 5);
    for (let i = 0; i < n; i++) s += (i > 0 || rnd() < 0.3 ? pick(SEPS) : '') + pick(PIECES);
    if (rnd() < 0.25) s += pick(SEPS);
    return s;
  };
  for (let i = 0; i < 600; i++) {
    const p = randomPath();
    const q = randomPath();
    check(`normalize(${show(p)})`, (m) => m.win32.normalize(p));
    check(`isAbsolute(${show(p)})`, (m) => m.win32.isAbsolute(p));
    check(`dirname(${show(p)})`, (m) => m.win32.dirname(p));
    check(`basename(${show(p)})`, (m) => m.win32.basename(p));
    check(`basename(${args([p, q.slice(-3)])})`, (m) => m.win32.basename(p, q.slice(-3)));
    check(`extname(${show(p)})`, (m) => m.win32.extname(p));
    check(`parse(${show(p)})`, (m) => m.win32.parse(p));
    check(`toNamespacedPath(${show(p)})`, (m) => m.win32.toNamespacedPath(p));
    check(`resolve(${args([p, q])})`, (m) => m.win32.resolve(p, q));
    check(`join(${args([p, q])})`, (m) => m.win32.join(p, q));
    check(`relative(${args([p, q])})`, (m) => m.win32.relative(p, q));
  }
}

// Seeded random glob pairs (drive letters, UNC and \\?\ heads, both separators).
section('matchesGlob fuzz');
{
  let seed = 0x91068;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 0x100000000;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const HEADS = ['', '', '/', '//', '//srv/sh', '\\\\?\\', '//?/C:', 'C:', 'c:', 'D:\\'];
  const FILE_PARTS = ['a', 'b', 'c.js', '.d', 'x', 'C:', 'c:', '?', '', '.'];
  const GLOB_PARTS = ['a', '*', '*.js', '?', '**', 'b', 'c.js', '.*', 'C:', 'c:', '?', '{a,b}', '[a-c]', '.', '+(a|b)'];
  const SEPS = ['/', '\\', '//'];
  const gen = (parts) => {
    let s = pick(HEADS);
    const n = 1 + Math.floor(rnd() * 4);
    for (let i = 0; i < n; i++) s += (i || s ? pick(SEPS) : '') + pick(parts);
    return s;
  };
  for (let i = 0; i < 500; i++) {
    const f = gen(FILE_PARTS);
    const g = gen(GLOB_PARTS);
    check(`matchesGlob(${args([f, g])})`, (m) => m.win32.matchesGlob(f, g));
  }
}

// The POSIX object must still be Node's POSIX path (and `path` itself).
section('posix unchanged');
{
  const POSIX_EXTRA = ['/a/b/../c', 'a//b/', '//x', '///', 'a\\b', '/foo/bar.baz/', '.x', 'x/..', '../../a/./b', 'C:\\x'];
  for (const p of [...PATHS, ...POSIX_EXTRA]) {
    check(`posix.normalize(${show(p)})`, (m) => m.posix.normalize(p));
    check(`posix.dirname(${show(p)})`, (m) => m.posix.dirname(p));
    check(`posix.basename(${show(p)})`, (m) => m.posix.basename(p));
    check(`posix.extname(${show(p)})`, (m) => m.posix.extname(p));
    check(`posix.parse(${show(p)})`, (m) => m.posix.parse(p));
    check(`posix.isAbsolute(${show(p)})`, (m) => m.posix.isAbsolute(p));
    check(`posix.resolve(${show(p)})`, (m) => m.posix.resolve(p));
    check(`posix.join('x', ${show(p)})`, (m) => m.posix.join('x', p));
    check(`posix.relative('/a/b', ${show(p)})`, (m) => m.posix.relative('/a/b', p));
    check(`posix.toNamespacedPath(${show(p)})`, (m) => m.posix.toNamespacedPath(p));
    check(`path.normalize(${show(p)})`, (m) => m.normalize(p));
  }
}

// tests/corpus/path/module-shape.js run with `require('path')` = our module.
section('module-shape');
{
  const file = nodePath.join(REPO_ROOT, 'tests', 'corpus', 'path', 'module-shape.js');
  const src = fs.readFileSync(file, 'utf8');
  const lines = [];
  const fakeConsole = { log: (...a) => lines.push(`${nodeUtil.format(...a)}\n`) };
  const fakeRequire = (id) => {
    if (id === 'path' || id === 'node:path') return ours;
    throw new Error(`module-shape: unexpected require(${show(id)})`);
  };
  let oursOut;
  try {
    vm.runInThisContext(`(function (require, console) {${src}\n})`, { filename: file })(fakeRequire, fakeConsole);
    oursOut = lines.join('');
  } catch (e) {
    oursOut = `THROWS ${e && e.stack}`;
  }
  const real = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const recorded = JSON.parse(fs.readFileSync(file.replace(/\.js$/, '.node.json'), 'utf8')).variants[0].stdout;
  compare('module-shape.js stdout vs `node module-shape.js`', JSON.stringify(oursOut), JSON.stringify(real.stdout));
  compare('module-shape.js stdout vs module-shape.node.json', JSON.stringify(oursOut), JSON.stringify(recorded));
  if (VERBOSE) process.stdout.write(`module-shape.js (ours):\n${oursOut}`);
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------
let pass = 0;
let fail = 0;
for (const s of stats.values()) {
  pass += s.pass;
  fail += s.fail;
}
if (failures.length > 0) {
  console.log(`${failures.length} mismatching case(s):`);
  for (const f of failures.slice(0, 60)) console.log(f);
  if (failures.length > 60) console.log(`  ... and ${failures.length - 60} more`);
  console.log('');
}
for (const [name, s] of stats) console.log(`  ${name.padEnd(18)} ${s.pass}/${s.pass + s.fail}`);
console.log(`\n${pass + fail} cases, ${pass} passed, ${fail} failed`);
process.exitCode = fail > 0 ? 1 : 0;
