// fs — the file system API over loopscope's in-memory VFS (core/src/vfs.rs). Sync calls block
// the loop for the request's modelled duration; callback calls are libuv requests on the
// simulated thread pool, completed in the poll phase — readFile/writeFile chain several
// requests (open, fstat, read…, close) as Node's do; fs.promises wraps the callback forms.
// Operations node builds in JavaScript from several requests (realpath, cp, truncate, mkdtemp,
// recursive readdir, rm) are written once as generators of requests, driven synchronously or
// as a chain of pool requests.
'use strict';

const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_RETURN_VALUE, ERR_OUT_OF_RANGE },
  validateFunction,
  validateInteger,
  validateInt32,
  validateUint32,
  validateObject,
  validateBoolean,
} = require('internal/errors');

const kReadChunk = 512 * 1024;

// node's isURL: anything URL-shaped (a WHATWG URL, or an object with its fields).
const isURLLike = (v) => v != null && typeof v === 'object' && !!v.href && !!v.protocol &&
  v.auth === undefined && v.path === undefined;

// node's fileURLToPath (posix) for a URL-shaped object.
function pathFromURL(url) {
  const { codes } = require('internal/errors');
  require('internal/url'); // registers the file-URL error codes
  if (url.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  return decodeURIComponent(pathname);
}

const isUint8Array = (v) => v instanceof Uint8Array;

// node's getValidatedPath: a string, a Uint8Array (its UTF-8 bytes) or a file: URL, without NUL.
function getPath(path, name = 'path') {
  if (isURLLike(path)) path = pathFromURL(path);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  if (path.includes(typeof path === 'string' ? '\u0000' : 0)) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

// node's stringToFlags: the flag strings it knows (passed on as they are), or an int32.
const kFlagStrings = new Set(['r', 'rs', 'sr', 'r+', 'rs+', 'sr+', 'w', 'wx', 'xw', 'w+', 'wx+', 'xw+',
  'a', 'ax', 'xa', 'as', 'sa', 'a+', 'ax+', 'xa+', 'as+', 'sa+']);
function getFlags(flags, name = 'flags') {
  if (flags === undefined || flags === null) return 'r';
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (typeof flags === 'string' && kFlagStrings.has(flags)) return flags;
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

// An error the thread pool reported: like node's (made in C++), its stack is its first line only.
function bareStack(err) {
  if (err !== null && typeof err === 'object' && !Object.prototype.hasOwnProperty.call(err, 'stack')) {
    Object.defineProperty(err, 'stack', {
      value: `${err.name}: ${err.message}`, writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return { ...defaults };
  let opts;
  if (typeof options === 'string') opts = { ...defaults, encoding: options };
  else if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  else opts = { ...defaults, ...options };
  // node's assertEncoding
  if (opts.encoding && opts.encoding !== 'buffer' && !Buffer.isEncoding(opts.encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', opts.encoding, 'is invalid encoding');
  }
  return opts;
}

function encode(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

const encodeString = (s, encoding) => (encoding === 'buffer' ? Buffer.from(s) : s);

function toData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function req(op, args, callback) {
  binding.fsAsync(op, args, (err, value) => (err ? callback(bareStack(err)) : callback(err, value)), process.env.UV_THREADPOOL_SIZE);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

const getValidatedFd = (fd) => {
  validateInt32(fd, 'fd', 0);
  return fd;
};

// Node's parseFileMode: a uint32 or an octal string.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// The mode checks node does in C++ for access and copyFile.
function cppMode(mode, max, def) {
  if (mode === undefined || mode === null) return def;
  if (typeof mode !== 'number' || mode !== (mode | 0)) {
    const e = new TypeError('mode must be int32 or null/undefined');
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  if (mode < 0 || mode > max) {
    const e = new RangeError(`mode is out of range: >= 0 && <= ${max}`);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return mode;
}

// node's toUnixTimestamp: seconds from a number, a numeric string or a Date.
function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// A libuv error re-shaped for another syscall (opendir reports readdir's errors).
function uvError(from, syscall, path) {
  const desc = String(from.message).replace(/^[A-Z]+: /, '').replace(/, .*$/, '');
  const msg = path === undefined ? `${from.code}: ${desc}, ${syscall}` : `${from.code}: ${desc}, ${syscall} '${path}'`;
  const e = new Error(msg);
  e.errno = from.errno;
  e.code = from.code;
  e.syscall = syscall;
  if (path !== undefined) e.path = path;
  return e;
}

// node's SystemError (ERR_FS_EISDIR, ERR_FS_CP_*): "<prefix>: <syscall> returned <code> (<message>) <path>".
const kSystemPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot copy symlink to subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
};
class SystemError extends Error {
  constructor(key, context) {
    let message = `${kSystemPrefixes[key]}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    Object.defineProperty(this, 'name', { value: 'SystemError', enumerable: false, writable: true, configurable: true });
    this.code = key;
    Object.defineProperty(this, 'info', { value: context, enumerable: true, configurable: true, writable: false });
    Object.defineProperty(this, 'errno', { get() { return context.errno; }, set(v) { context.errno = v; }, enumerable: true, configurable: true });
    Object.defineProperty(this, 'syscall', { get() { return context.syscall; }, enumerable: true, configurable: true });
    if (context.path !== undefined) {
      Object.defineProperty(this, 'path', { get() { return context.path; }, enumerable: true, configurable: true });
    }
    if (context.dest !== undefined) {
      Object.defineProperty(this, 'dest', { get() { return context.dest; }, enumerable: true, configurable: true });
    }
  }

  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}

const kDirClosed = () => {
  const e = new Error('Directory handle was closed');
  e.code = 'ERR_DIR_CLOSED';
  return e;
};

// --- request programs ---------------------------------------------------------------------------
// A program is a generator that yields [op, args] (one VFS request) or { await: value } (a
// user callback's result) and gets the request's value back, or its error thrown in.
function runSync(gen) {
  let r = gen.next();
  while (!r.done) {
    const step = r.value;
    if (!Array.isArray(step)) {
      r = gen.next(step.await);
      continue;
    }
    let value;
    let error;
    let failed = false;
    try {
      value = binding.fs(step[0], ...step[1]);
    } catch (e) {
      error = e;
      failed = true;
    }
    r = failed ? gen.throw(error) : gen.next(value);
  }
  return r.value;
}

function runAsync(gen, callback) {
  const resume = (failed, value) => {
    let r;
    try {
      r = failed ? gen.throw(value) : gen.next(value);
    } catch (e) {
      return callback(e);
    }
    if (r.done) return callback(null, r.value);
    const step = r.value;
    if (!Array.isArray(step)) {
      return Promise.resolve(step.await).then((v) => resume(false, v), (e) => resume(true, e));
    }
    req(step[0], step[1], (err, v) => (err ? resume(true, err) : resume(false, v)));
  };
  resume(false, undefined);
}

const runPromise = (gen) => new Promise((resolve, reject) => {
  runAsync(gen, (err, v) => (err ? reject(err) : resolve(v)));
});

// --- Stats / Dirent ---------------------------------------------------------------------------
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const kNsPerMsBigInt = 1000000n;

// raw: [ino, mode, size, nlink, blocks, atime sec, nsec, mtime sec, nsec, ctime…, birthtime…]
function fillBase(st, raw, num) {
  st.dev = num(2049);
  st.mode = num(raw[1]);
  st.nlink = num(raw[3]);
  st.uid = num(1000);
  st.gid = num(1000);
  st.rdev = num(0);
  st.blksize = num(4096);
  st.ino = num(raw[0]);
  st.size = num(raw[2]);
  st.blocks = num(raw[4]);
}

const dateFromMs = (ms) => new Date(Math.round(Number(ms)));
const kTimes = ['atime', 'mtime', 'ctime', 'birthtime'];

class StatsBase {
  isFile() { return this._checkModeProperty(S_IFREG); }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }

  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }

  isBlockDevice() { return this._checkModeProperty(0o060000); }

  isCharacterDevice() { return this._checkModeProperty(0o020000); }

  isFIFO() { return this._checkModeProperty(0o010000); }

  isSocket() { return this._checkModeProperty(0o140000); }
}

class Stats extends StatsBase {
  constructor(raw) {
    super();
    fillBase(this, raw, Number);
    kTimes.forEach((k, i) => { this[k + 'Ms'] = raw[5 + 2 * i] * 1e3 + raw[6 + 2 * i] / 1e6; });
    kTimes.forEach((k) => { this[k] = dateFromMs(this[k + 'Ms']); });
  }

  _checkModeProperty(property) { return (this.mode & S_IFMT) === property; }
}
Object.defineProperty(Stats.prototype, '_checkModeProperty', { enumerable: false });

class BigIntStats extends StatsBase {
  constructor(raw) {
    super();
    fillBase(this, raw, BigInt);
    const ns = kTimes.map((k, i) => BigInt(raw[5 + 2 * i]) * 1000000000n + BigInt(raw[6 + 2 * i]));
    kTimes.forEach((k, i) => { this[k + 'Ms'] = ns[i] / kNsPerMsBigInt; });
    kTimes.forEach((k, i) => { this[k + 'Ns'] = ns[i]; });
    kTimes.forEach((k) => { this[k] = dateFromMs(this[k + 'Ms']); });
  }

  _checkModeProperty(property) { return (this.mode & BigInt(S_IFMT)) === BigInt(property); }
}

const makeStats = (raw, options) => (options && options.bigint ? new BigIntStats(raw) : new Stats(raw));

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isFile() { return this[kType] === 1; }

  isDirectory() { return this[kType] === 2; }

  isSymbolicLink() { return this[kType] === 3; }

  isBlockDevice() { return false; }

  isCharacterDevice() { return false; }

  isFIFO() { return false; }

  isSocket() { return false; }
}
const kType = Symbol('type');

// A directory entry's name in the encoding asked for (a Buffer for 'buffer').
function entryName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// node's readdir options: getOptions, and a boolean `recursive` when given.
function readdirOptions(options) {
  const opts = getOptions(options, {});
  if (opts.recursive != null) validateBoolean(opts.recursive, 'options.recursive');
  return opts;
}

// --- programs node writes in JavaScript -----------------------------------------------------------
// readdir { recursive }: names relative to the start (directories found with stat, so directory
// symlinks are entered), or Dirents (entered by their own type). As in node, the walk joins the
// encoded names: a 'buffer' encoding fails in path.join and other encodings rarely name a
// directory that exists.
function* readdirProgram(path, options) {
  const withFileTypes = !!options.withFileTypes;
  const { encoding } = options;
  const first = yield ['readdir', [path]];
  if (!options.recursive) {
    return withFileTypes ?
      first.map(([n, t]) => new Dirent(entryName(n, encoding), t, path)) :
      first.map(([n]) => entryName(n, encoding));
  }
  const out = [];
  const queue = [[path, first]];
  for (let i = 0; i < queue.length; i++) {
    const [dir, list] = queue[i];
    for (const [raw, type] of list) {
      const name = entryName(raw, encoding);
      const full = pathModule.join(dir, name);
      let isDir = type === 2;
      if (withFileTypes) {
        out.push(new Dirent(name, type, dir));
      } else {
        out.push(pathModule.relative(path, full));
        if (type === 3 || name !== raw) {
          try { isDir = ((yield ['stat', [full]])[1] & S_IFMT) === S_IFDIR; } catch { isDir = false; }
        }
      }
      if (isDir) queue.push([full, yield ['readdir', [full]]]);
    }
  }
  return out;
}

// node's JavaScript realpath: lexical resolve first, then lstat each component and splice in
// link targets (stat before readlink, so loops and dangling links fail in stat).
function* realpathProgram(p) {
  p = pathModule.resolve(p);
  const seen = new Map();
  const knownHard = new Set();
  let current = '/';
  let base = '/';
  let pos = 1;
  while (pos < p.length) {
    const next = p.indexOf('/', pos);
    const previous = current;
    if (next === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, next + 1);
      base = previous + p.slice(pos, next);
      pos = next + 1;
    }
    if (knownHard.has(base)) continue;
    const st = yield ['lstat', [base]];
    if ((st[1] & S_IFMT) !== S_IFLNK) {
      knownHard.add(base);
      continue;
    }
    let target = seen.get(st[0]);
    if (target === undefined) {
      yield ['stat', [base]];
      target = yield ['readlink', [base]];
      seen.set(st[0], target);
    }
    p = pathModule.resolve(pathModule.resolve(previous, target), p.slice(pos));
    current = base = '/';
    pos = 1;
  }
  return p;
}

// truncate(path): open 'r+', ftruncate, close.
function* truncateProgram(path, len) {
  const fd = yield ['open', [path, 'r+', 0o666]];
  try {
    yield ['ftruncate', [fd, len]];
  } finally {
    yield ['close', [fd]];
  }
}

// mkdtemp: the prefix plus six random characters, retried while the name exists.
const kTempChars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function* mkdtempProgram(prefix, sync) {
  for (let tries = 0; ; tries++) {
    const bytes = binding.randomBytesSync(6);
    let name = prefix;
    for (const b of bytes) name += kTempChars[b % 62];
    try {
      yield ['mkdir', [name, false, 0o700]];
      return name;
    } catch (e) {
      if (e.code === 'EEXIST' && tries < 100) continue;
      // libuv's sync form reports the template, the async one the name it tried.
      throw sync ? uvError(e, 'mkdtemp', prefix + 'XXXXXX') : bareStack(uvError(e, 'mkdtemp', name));
    }
  }
}

// node's validateRmdirOptions, and validateRmOptions (which adds `force`).
function rmOptions(options, withForce) {
  const defaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  const opts = { ...defaults, ...options };
  validateBoolean(opts.recursive, 'options.recursive');
  validateInt32(opts.retryDelay, 'options.retryDelay', 0);
  validateUint32(opts.maxRetries, 'options.maxRetries');
  if (withForce) validateBoolean(opts.force, 'options.force');
  return opts;
}

// rmdir { recursive: true } is deprecated (DEP0147, warned once) and works as rm, but only on a
// directory: anything else gets rmdir's own error.
let warnedRecursiveRmdir = false;
function rmdirOptions(options) {
  if (!options?.recursive) return rmOptions(options, false);
  if (!warnedRecursiveRmdir) {
    warnedRecursiveRmdir = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
      'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
  }
  return rmOptions({ ...options, force: false }, true);
}
function* rmdirProgram(path, options, statOp = 'lstat') {
  if (options.recursive && isDirRaw(yield [statOp, [path]])) {
    yield ['rm', [path, true, false]];
    return;
  }
  yield ['rmdir', [path, false, false]];
}

// rm: lstat first (node's validateRmOptions), ERR_FS_EISDIR for a directory without recursive.
function* rmProgram(path, options) {
  const { recursive = false, force = false } = options;
  let st;
  try {
    st = yield ['lstat', [path]];
  } catch (e) {
    if (force && e.code === 'ENOENT') return;
    throw e;
  }
  if ((st[1] & S_IFMT) === S_IFDIR && !recursive) {
    throw new SystemError('ERR_FS_EISDIR', { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  yield ['rm', [path, recursive, force]];
}

// cp / cpSync / promises.cp, as node's lib/internal/fs/cp: filter, then stat both ends
// (lstat unless dereference), refuse copying onto itself or into its own subdirectory, create
// the destination's parents, then copy files, directories (recursive) and symlinks (relative
// targets made absolute). The sync form reports ERR_FS_EISDIR with errno EINVAL, as node's does.
const isDirRaw = (st) => (st[1] & S_IFMT) === S_IFDIR;
const isLinkRaw = (st) => (st[1] & S_IFMT) === S_IFLNK;
const isSrcSubdir = (src, dest) => {
  const s = pathModule.resolve(src).split('/').filter(Boolean);
  const d = pathModule.resolve(dest).split('/').filter(Boolean);
  return s.every((cur, i) => d[i] === cur);
};
const cpError = (key, code, errno, message, path) => new SystemError(key, { message, path, syscall: 'cp', errno, code });

function validateCpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const opts = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false, mode: 0, ...options,
  };
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  opts.mode = cppMode(opts.mode, 7, 0);
  return opts;
}

function* cpProgram(src, dest, opts, sync) {
  const statOp = opts.dereference ? 'stat' : 'lstat';
  function* checkPaths(s, d) {
    if (opts.filter) {
      let keep = opts.filter(s, d);
      if (sync && keep && typeof keep.then === 'function') {
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', keep);
      }
      if (!sync) keep = yield { await: keep };
      if (!keep) return { skipped: true };
    }
    const srcStat = yield [statOp, [s]];
    let destStat = null;
    try {
      destStat = yield [statOp, [d]];
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
    if (destStat) {
      if (destStat[0] === srcStat[0]) {
        throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, 'src and dest cannot be the same', d);
      }
      if (isDirRaw(srcStat) && !isDirRaw(destStat)) {
        throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR', 21, `cannot overwrite non-directory ${d} with directory ${s}`, d);
      }
      if (!isDirRaw(srcStat) && isDirRaw(destStat)) {
        throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR', 20, `cannot overwrite directory ${d} with non-directory ${s}`, d);
      }
    }
    if (isDirRaw(srcStat) && isSrcSubdir(s, d)) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, `cannot copy ${s} to a subdirectory of self ${d}`, d);
    }
    return { srcStat, destStat, skipped: false };
  }
  function* checkParentPaths(s, srcStat, d) {
    const srcParent = pathModule.resolve(pathModule.dirname(s));
    const destParent = pathModule.resolve(pathModule.dirname(d));
    if (destParent === srcParent || destParent === '/') return;
    let destStat;
    try {
      destStat = yield ['stat', [destParent]];
    } catch (e) {
      if (e.code === 'ENOENT') return;
      throw e;
    }
    if (destStat[0] === srcStat[0]) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
    }
    yield* checkParentPaths(s, srcStat, destParent);
  }
  function* copyItem(destStat, s, d) {
    const srcStat = yield [statOp, [s]];
    if (isDirRaw(srcStat) && opts.recursive) {
      if (!destStat) yield ['mkdir', [d, false, 0o777]];
      const list = yield ['readdir', [s]];
      for (const [name] of list) {
        const si = pathModule.join(s, name);
        const di = pathModule.join(d, name);
        const r = yield* checkPaths(si, di);
        if (!r.skipped) yield* copyItem(r.destStat, si, di);
      }
      if (!destStat) yield ['chmod', [d, srcStat[1]]];
    } else if (isDirRaw(srcStat)) {
      throw cpError('ERR_FS_EISDIR', 'EISDIR', sync ? 22 : 21, `${s} is a directory (not copied)`, s);
    } else if (isLinkRaw(srcStat)) {
      let resolvedSrc = yield ['readlink', [s]];
      if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
        resolvedSrc = pathModule.resolve(pathModule.dirname(s), resolvedSrc);
      }
      if (!destStat) return yield ['symlink', [resolvedSrc, d]];
      let resolvedDest;
      try {
        resolvedDest = yield ['readlink', [d]];
      } catch (e) {
        if (e.code === 'EINVAL') return yield ['symlink', [resolvedSrc, d]];
        throw e;
      }
      if (!pathModule.isAbsolute(resolvedDest)) resolvedDest = pathModule.resolve(pathModule.dirname(d), resolvedDest);
      if (isSrcSubdir(resolvedSrc, resolvedDest)) {
        throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, d);
      }
      const st = yield ['stat', [s]];
      if (isDirRaw(st) && isSrcSubdir(resolvedDest, resolvedSrc)) {
        throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'EINVAL', 22, `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, d);
      }
      yield ['unlink', [d, false, false]];
      yield ['symlink', [resolvedSrc, d]];
    } else {
      if (destStat) {
        if (opts.force) {
          yield ['unlink', [d, false, false]];
        } else if (opts.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', 17, `${d} already exists`, d);
        } else {
          return;
        }
      }
      yield ['copyFile', [s, d, (opts.mode & 1) === 1]];
      yield ['chmod', [d, srcStat[1]]];
    }
  }
  const r = yield* checkPaths(src, dest);
  if (r.skipped) return;
  yield* checkParentPaths(src, r.srcStat, dest);
  const parent = pathModule.dirname(dest);
  if (!(yield ['exists', [parent]])) yield ['mkdir', [parent, true, 0o777]];
  yield* copyItem(r.destStat, src, dest);
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  runSync(cpProgram(getPath(src, 'src'), getPath(dest, 'dest'), opts, true));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const opts = validateCpOptions(options);
  runAsync(cpProgram(getPath(src, 'src'), getPath(dest, 'dest'), opts, false), (err) => callback(err || null));
}

// --- Dir ------------------------------------------------------------------------------------
// opendir reads the directory listing with one request; Dir hands its entries out one by one.
class Dir {
  #entries;
  #closed = false;
  #path;

  constructor(path, list) {
    this.#path = path;
    this.#entries = list.map(([n, t]) => new Dirent(n, t, path));
  }

  get path() { return this.#path; }

  readSync() {
    if (this.#closed) throw kDirClosed();
    return this.#entries.length > 0 ? this.#entries.shift() : null;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((e, v) => (e ? reject(e) : resolve(v))));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) return process.nextTick(callback, kDirClosed());
    const entry = this.#entries.length > 0 ? this.#entries.shift() : null;
    process.nextTick(callback, null, entry);
  }

  closeSync() {
    if (this.#closed) throw kDirClosed();
    this.#closed = true;
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(kDirClosed());
      return new Promise((resolve, reject) => this.close((e) => (e ? reject(e) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) return process.nextTick(callback, kDirClosed());
    this.#closed = true;
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      for (;;) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }
}

function validateBufferSize(options) {
  const opts = getOptions(options, {});
  if (opts.bufferSize !== undefined) validateUint32(opts.bufferSize, 'options.bufferSize', true);
  return opts;
}

function opendirSync(path, options) {
  const p = getPath(path);
  validateBufferSize(options);
  let list;
  try {
    list = binding.fs('readdir', p);
  } catch (e) {
    throw uvError(e, 'opendir');
  }
  return new Dir(p, list);
}

function opendir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const p = getPath(path);
  validateBufferSize(options);
  req('readdir', [p], (err, list) => {
    if (err) return callback(bareStack(uvError(err, 'opendir', p)));
    callback(null, new Dir(p, list));
  });
}

// --- sync ---------------------------------------------------------------------------------------
// Reads from the descriptor's current position to the end.
function readAllSync(fd) {
  const chunks = [];
  for (;;) {
    const b = binding.fs('read', fd, kReadChunk, null);
    if (b.length === 0) return Buffer.concat(chunks);
    chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  }
}

function readFileSync(path, options) {
  const { encoding, flag = 'r' } = getOptions(options, {});
  if (typeof path === 'number') return encode(readAllSync(path), encoding);
  const p = getPath(path);
  const fd = binding.fs('open', p, getFlags(flag), 0o666);
  try {
    binding.fs('fstat', fd);
    return encode(readAllSync(fd), encoding);
  } finally {
    binding.fs('close', fd);
  }
}

function writeFileSync(path, data, options) {
  const { encoding = 'utf8', flag = 'w', mode = 0o666 } = getOptions(options, {});
  const bytes = toData(data, encoding);
  if (typeof path === 'number') {
    binding.fs('write', path, bytes, null);
    return;
  }
  const target = getPath(path);
  const fd = binding.fs('open', target, getFlags(flag), parseFileMode(mode, 'mode', 0o666));
  try {
    binding.fs('write', fd, bytes, null);
  } finally {
    binding.fs('close', fd);
  }
}

function appendFileSync(path, data, options) {
  const opts = getOptions(options, { flag: 'a' });
  if (!opts.flag || opts.flag === 'w') opts.flag = 'a';
  writeFileSync(path, data, opts);
}

function existsSync(path) {
  try {
    return binding.fs('exists', getPath(path));
  } catch {
    return false;
  }
}

function statLike(op) {
  return function (path, options) {
    const opts = getOptions(options, { throwIfNoEntry: true });
    try {
      return makeStats(binding.fs(op, getPath(path)), opts);
    } catch (err) {
      if (opts.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
      throw err;
    }
  };
}
const statSync = statLike('stat');
const lstatSync = statLike('lstat');
const fstatSync = (fd, options) => makeStats(binding.fs('fstat', getValidatedFd(fd)), options);

function readdirSync(path, options) {
  const opts = readdirOptions(options);
  return runSync(readdirProgram(getPath(path), opts));
}

// node's mkdir arguments: a mode, or { recursive (a boolean), mode }.
function mkdirArgs(path, options) {
  const p = getPath(path);
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return [p, recursive, mode];
}

function mkdirSync(path, options) {
  return binding.fs('mkdir', ...mkdirArgs(path, options));
}

function rmSync(path, options) {
  const p = getPath(path);
  runSync(rmProgram(p, rmOptions(options, true)));
}

function rmdirSync(path, options) {
  const p = getPath(path);
  runSync(rmdirProgram(p, rmdirOptions(options)));
}

const unlinkSync = (path) => { binding.fs('unlink', getPath(path), false, false); };
const renameSync = (from, to) => { binding.fs('rename', getPath(from, 'oldPath'), getPath(to, 'newPath')); };
const copyFileSync = (src, dest, mode) => {
  const s = getPath(src, 'src');
  const d = getPath(dest, 'dest');
  binding.fs('copyFile', s, d, (cppMode(mode, 7, 0) & 1) === 1);
};
const accessSync = (path, mode) => {
  const p = getPath(path);
  binding.fs('access', p, cppMode(mode, 7, 0));
};
const openSync = (path, flags, mode) => {
  const p = getPath(path);
  return binding.fs('open', p, getFlags(flags), parseFileMode(mode, 'mode', 0o666));
};
const closeSync = (fd) => { binding.fs('close', getValidatedFd(fd)); };

function validateLen(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}
function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  if (len === undefined) len = 0;
  const p = getPath(path);
  runSync(truncateProgram(p, validateLen(len)));
}
function ftruncateSync(fd, len = 0) {
  binding.fs('ftruncate', getValidatedFd(fd), validateLen(len));
}
const chmodSync = (path, mode) => {
  const p = getPath(path);
  binding.fs('chmod', p, parseFileMode(mode, 'mode'));
};
const fchmodSync = (fd, mode) => {
  const f = getValidatedFd(fd);
  binding.fs('fchmod', f, parseFileMode(mode, 'mode'));
};
const utimesSync = (path, atime, mtime) => {
  const p = getPath(path);
  binding.fs('utime', p, toUnixTimestamp(atime), toUnixTimestamp(mtime));
};
const lutimesSync = (path, atime, mtime) => {
  const p = getPath(path);
  binding.fs('lutime', p, toUnixTimestamp(atime), toUnixTimestamp(mtime));
};
const futimesSync = (fd, atime, mtime) => {
  const f = getValidatedFd(fd);
  binding.fs('futime', f, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
};
const fsyncSync = (fd) => { binding.fs('fsync', getValidatedFd(fd)); };
const fdatasyncSync = (fd) => { binding.fs('fdatasync', getValidatedFd(fd)); };
const kMaxUserId = 2 ** 32 - 1;
function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}
const chownSync = (path, uid, gid) => {
  const p = getPath(path);
  validateIds(uid, gid);
  binding.fs('chown', p, uid, gid);
};
const lchownSync = (path, uid, gid) => {
  const p = getPath(path);
  validateIds(uid, gid);
  binding.fs('lchown', p, uid, gid);
};
const fchownSync = (fd, uid, gid) => {
  const f = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fs('fchown', f, uid, gid);
};
const symlinkSync = (target, path) => {
  binding.fs('symlink', getPath(target, 'target'), getPath(path));
};
const linkSync = (existingPath, newPath) => {
  binding.fs('link', getPath(existingPath, 'existingPath'), getPath(newPath, 'newPath'));
};
const readlinkSync = (path, options) => encodeString(binding.fs('readlink', getPath(path)), getOptions(options, {}).encoding);
function realpathSync(path, options) {
  return encodeString(runSync(realpathProgram(getPath(path))), getOptions(options, {}).encoding);
}
realpathSync.native = (path, options) => encodeString(binding.fs('realpath', getPath(path)), getOptions(options, {}).encoding);
function mkdtempSync(prefix, options) {
  const p = getPath(prefix, 'prefix');
  return encodeString(runSync(mkdtempProgram(p, true)), getOptions(options, {}).encoding);
}

function validateBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
}

// node's validatePosition: an integer >= -1 or a bigint; null/undefined mean "current position".
function readPosition(position, length) {
  if (position == null) return null;
  if (typeof position === 'number') {
    validateInteger(position, 'position', -1);
  } else if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) throw new ERR_OUT_OF_RANGE('position', `>= -1 && <= ${max}`, position);
    position = Number(position);
  } else {
    throw new ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
  }
  return position === -1 ? null : position;
}

// The (offset, length, position) of a read after node's checks; length 0 means nothing to do.
function readArgs(buffer, offset, length, position) {
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return { offset, length, position: null };
  if (buffer.byteLength === 0) throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return { offset, length, position: readPosition(position, length) };
}

const into = (buffer, bytes, offset) => {
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
};

function readSync(fd, buffer, offsetOrOptions, length, position) {
  getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined && offsetOrOptions !== null) validateObject(offsetOrOptions, 'options');
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const a = readArgs(buffer, offset, length, position);
  if (a.length === 0) return 0;
  const b = binding.fs('read', fd, a.length, a.position);
  into(buffer, b, a.offset);
  return b.length;
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// The bytes and position of a write, after node's argument handling for buffers and strings.
function writeArgs(data, offsetOrOptions, length, position) {
  if (ArrayBuffer.isView(data)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = data.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = data.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, data.byteLength);
    return { bytes: new Uint8Array(data.buffer, data.byteOffset + offset, length), position };
  }
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : null;
  return { bytes: Buffer.from(data, typeof length === 'string' ? length : 'utf8'), position: pos };
}

function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  getValidatedFd(fd);
  const a = writeArgs(data, offsetOrPosition, lengthOrEncoding, position);
  return binding.fs('write', fd, a.bytes, a.position);
}

// --- callbacks ----------------------------------------------------------------------------------
// Reads from a descriptor's current position to its end (fstat, then read requests), leaving
// it open, as node's ReadFileContext does for a user's fd.
// With a size from fstat it stops once that many bytes are read (no read of the end), as node's
// ReadFileContext does; a size of 0 means read until the end.
function readFd(fd, encoding, callback) {
  req('fstat', [fd], (err, st) => {
    if (err) return callback(err);
    const size = st[2];
    const chunks = [];
    let total = 0;
    const done = () => callback(null, encode(Buffer.concat(chunks), encoding));
    const next = () => req('read', [fd, size > 0 ? Math.min(size - total, kReadChunk) : kReadChunk, null], (err2, b) => {
      if (err2) return callback(err2);
      if (b.length === 0) return done();
      chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
      total += b.length;
      if (size > 0 && total >= size) return done();
      next();
    });
    next();
  });
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  const { encoding, flag = 'r' } = getOptions(options, {});
  if (typeof path === 'number') return readFd(getValidatedFd(path), encoding, callback);
  const p = getPath(path);
  const flags = getFlags(flag);
  // Like node's ReadFileContext: open → fstat → read… → close, each a pool request.
  req('open', [p, flags, 0o666], (err, fd) => {
    if (err) return callback(err);
    readFd(fd, encoding, (err2, data) => req('close', [fd], (err3) => {
      if (err2 || err3) return callback(err2 || err3);
      callback(null, data);
    }));
  });
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  const { encoding = 'utf8', flag = 'w', mode = 0o666 } = getOptions(options, {});
  const bytes = toData(data, encoding);
  // A user's descriptor: written at its current position and left open.
  if (typeof path === 'number') {
    req('write', [getValidatedFd(path), bytes, null], (err) => callback(err || null));
    return;
  }
  const target = getPath(path);
  req('open', [target, getFlags(flag), parseFileMode(mode, 'mode', 0o666)], (err, fd) => {
    if (err) return callback(err);
    req('write', [fd, bytes, null], (err2) => {
      req('close', [fd], (err3) => callback(err2 || err3 || null));
    });
  });
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  const opts = getOptions(options, { flag: 'a' });
  if (!opts.flag || opts.flag === 'w') opts.flag = 'a';
  writeFile(path, data, opts, callback);
}

// One request: arguments validated before the callback is checked, as node does.
function simple(op, mapArgs, mapResult = (v) => v, arity = 0) {
  return function (...args) {
    let callback;
    if (arity > 0 && typeof args[args.length - 1] !== 'function') {
      callback = args[arity];
      args = args.slice(0, arity);
    } else {
      callback = args.pop();
    }
    while (args.length < arity) args.push(undefined);
    const reqArgs = mapArgs(...args);
    callback = maybeCallback(callback);
    req(op, reqArgs, (err, value) => {
      if (err) return callback(err);
      callback(null, mapResult(value, ...args));
    });
  };
}

const stat = simple('stat', (p) => [getPath(p)], (v, p, o) => makeStats(v, o));
const lstat = simple('lstat', (p) => [getPath(p)], (v, p, o) => makeStats(v, o));
const fstat = simple('fstat', (fd) => [getValidatedFd(fd)], (v, fd, o) => makeStats(v, o));
// Node 20's recursive fs.readdir is its readdirSync, called back synchronously.
function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const opts = readdirOptions(options);
  const p = getPath(path);
  if (opts.recursive) {
    callback(null, runSync(readdirProgram(p, opts)));
    return;
  }
  runAsync(readdirProgram(p, opts), callback);
}
const mkdir = simple('mkdir', mkdirArgs);
function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const p = getPath(path);
  runAsync(rmProgram(p, rmOptions(options, true)), (err) => callback(err || null));
}
function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const p = getPath(path);
  const opts = rmdirOptions(options);
  callback = maybeCallback(callback);
  runAsync(rmdirProgram(p, opts), (err) => callback(err || null));
}
const unlink = simple('unlink', (p) => [getPath(p), false, false], () => undefined);
const rename = simple('rename', (a, b) => [getPath(a, 'oldPath'), getPath(b, 'newPath')], () => undefined);
const copyFile = simple('copyFile', (a, b, mode) => [getPath(a, 'src'), getPath(b, 'dest'), (cppMode(mode, 7, 0) & 1) === 1], () => undefined);
const access = simple('access', (p, mode) => [getPath(p), cppMode(mode, 7, 0)], () => undefined);
const open = simple('open', (p, flags, mode) => {
  const path = getPath(p);
  return [path, getFlags(flags), parseFileMode(mode, 'mode', 0o666)];
});
const close = simple('close', (fd) => [getValidatedFd(fd)], () => undefined);
const ftruncate = simple('ftruncate', (fd, len = 0) => [getValidatedFd(fd), validateLen(len)], () => undefined);
function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  len = validateLen(len);
  callback = maybeCallback(callback);
  runAsync(truncateProgram(getPath(path), len), (err) => callback(err || null));
}
const chmod = simple('chmod', (p, mode) => [getPath(p), parseFileMode(mode, 'mode')], () => undefined, 2);
const fchmod = simple('fchmod', (fd, mode) => [getValidatedFd(fd), parseFileMode(mode, 'mode')], () => undefined, 2);
const utimes = simple('utime', (p, a, m) => [getPath(p), toUnixTimestamp(a), toUnixTimestamp(m)], () => undefined, 3);
const lutimes = simple('lutime', (p, a, m) => [getPath(p), toUnixTimestamp(a), toUnixTimestamp(m)], () => undefined, 3);
const futimes = simple('futime', (fd, a, m) => [getValidatedFd(fd), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')], () => undefined, 3);
const chown = simple('chown', (p, u, g) => { const r = [getPath(p), u, g]; validateIds(u, g); return r; }, () => undefined, 3);
const lchown = simple('lchown', (p, u, g) => { const r = [getPath(p), u, g]; validateIds(u, g); return r; }, () => undefined, 3);
const fchown = simple('fchown', (fd, u, g) => { const r = [getValidatedFd(fd), u, g]; validateIds(u, g); return r; }, () => undefined, 3);
const fsync = simple('fsync', (fd) => [getValidatedFd(fd)], () => undefined);
const fdatasync = simple('fdatasync', (fd) => [getValidatedFd(fd)], () => undefined);
const symlink = simple('symlink', (t, p) => [getPath(t, 'target'), getPath(p)], () => undefined, 3);
const link = simple('link', (a, b) => [getPath(a, 'existingPath'), getPath(b, 'newPath')], () => undefined);
const readlink = simple('readlink', (p) => [getPath(p)], (v, p, o) => encodeString(v, getOptions(o, {}).encoding));
function realpath(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const { encoding } = getOptions(options, {});
  runAsync(realpathProgram(getPath(path)), (err, v) => (err ? callback(err) : callback(null, encodeString(v, encoding))));
}
realpath.native = simple('realpath', (p) => [getPath(p)], (v, p, o) => encodeString(v, getOptions(o, {}).encoding));
function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  const { encoding } = getOptions(options, {});
  runAsync(mkdtempProgram(getPath(prefix, 'prefix'), false), (err, v) => (err ? callback(err) : callback(null, encodeString(v, encoding))));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try { p = getPath(path); } catch { return process.nextTick(callback, false); }
  req('exists', [p], (err, v) => callback(!err && v));
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      if (offsetOrOptions !== null && offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options');
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateBuffer(buffer);
  callback = maybeCallback(callback);
  const a = readArgs(buffer, offset, length, position);
  if (a.length === 0) return process.nextTick(callback, null, 0, buffer);
  req('read', [fd, a.length, a.position], (err, b) => {
    if (err) return callback(err);
    into(buffer, b, a.offset);
    callback(null, b.length, buffer);
  });
}

// writev / readv: one request for all the buffers, as libuv's uv_fs_write/read with several.
function validateBufferArray(buffers) {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  for (const b of buffers) {
    if (!ArrayBuffer.isView(b)) throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}
const viewBytes = (b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const gather = (buffers) => Buffer.concat(buffers.map(viewBytes));
function scatter(buffers, bytes) {
  let at = 0;
  for (const b of buffers) {
    if (at >= bytes.length) break;
    const n = Math.min(b.byteLength, bytes.length - at);
    viewBytes(b).set(bytes.subarray(at, at + n));
    at += n;
  }
  return bytes.length;
}
const totalLength = (buffers) => buffers.reduce((n, b) => n + b.byteLength, 0);

function writevSync(fd, buffers, position) {
  getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return binding.fs('write', fd, gather(buffers), typeof position === 'number' ? position : null);
}

function writev(fd, buffers, position, callback) {
  getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  if (buffers.length === 0) return process.nextTick(callback, null, 0, buffers);
  req('write', [fd, gather(buffers), typeof position === 'number' ? position : null], (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

function readvSync(fd, buffers, position) {
  getValidatedFd(fd);
  validateBufferArray(buffers);
  const b = binding.fs('read', fd, totalLength(buffers), typeof position === 'number' ? position : null);
  return scatter(buffers, b);
}

function readv(fd, buffers, position, callback) {
  getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = maybeCallback(callback || position);
  req('read', [fd, totalLength(buffers), typeof position === 'number' ? position : null], (err, b) => (err ? callback(err) : callback(null, scatter(buffers, b), buffers)));
}

// fs.write(fd, buffer[, offset[, length[, position]]], cb) / fs.write(fd, string[, position[, encoding]], cb)
function write(fd, data, ...rest) {
  getValidatedFd(fd);
  const callback = maybeCallback(rest.pop());
  const a = writeArgs(data, rest[0], rest[1], rest[2]);
  req('write', [fd, a.bytes, a.position], (err, n) => (err ? callback(err) : callback(null, n, data)));
}

// --- streams ------------------------------------------------------------------------------------
// Node's fs.ReadStream / fs.WriteStream (constructors callable without `new`): open in
// _construct ('open' then 'ready'), one pool request per chunk (64 KiB reads; one write per
// chunk, gathered when several are buffered), and on destroy the descriptor is closed once the
// request in flight is done. The classes are made on first use, as node loads them lazily.
let streamModule;
function streams() {
  if (streamModule === undefined) streamModule = require('stream');
  return streamModule;
}

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

// `_construct`: open the file unless a descriptor was given.
function openForStream(stream, callback) {
  if (typeof stream.fd === 'number') return callback();
  let args;
  try {
    args = [getPath(stream.path), getFlags(stream.flags), parseFileMode(stream.mode, 'mode', 0o666)];
  } catch (err) {
    return callback(err);
  }
  req('open', args, (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// `_destroy`: after the request in flight, close the descriptor (autoClose only decides whether
// the stream destroys itself at its end; like node, a descriptor 0 is left alone).
function destroyForStream(stream, err, callback) {
  const close = (er) => {
    if (stream.fd) {
      const fd = stream.fd;
      stream.fd = null;
      req('close', [fd], (err2) => callback(er || err2 || null));
    } else {
      callback(er);
    }
  };
  if (stream[kIsPerformingIO]) stream.once(kIoDone, (er) => close(err || er));
  else close(err);
}

// The fields both kinds of stream set before the stream's own constructor runs.
function initFileStream(stream, path, opts, defaultFlags) {
  stream[kIsPerformingIO] = false;
  if (opts.fd === undefined || opts.fd === null) {
    stream.fd = null;
    // A Buffer path stays a Buffer (and a URL becomes its path), as node keeps them.
    const p = getPath(path);
    stream.path = isUint8Array(path) ? path : p;
  } else {
    stream.fd = opts.fd instanceof FileHandle ? opts.fd.fd : getValidatedFd(opts.fd);
    stream.path = undefined;
  }
  stream.flags = opts.flags === undefined ? defaultFlags : opts.flags;
  stream.mode = opts.mode === undefined ? 0o666 : opts.mode;
}

function defineStreamCommon(proto, stateKey) {
  Object.defineProperty(proto, 'autoClose', {
    get() { return this[stateKey].autoDestroy; },
    set(v) { this[stateKey].autoDestroy = v; },
    enumerable: false,
    configurable: true,
  });
  // Deprecated in node (DEP0135): opens the file again.
  proto.open = function open() {
    openForStream(this, (err) => { if (err) this.destroy(err); });
  };
  proto._construct = function _construct(callback) { openForStream(this, callback); };
}

function definePending(proto) {
  Object.defineProperty(proto, 'pending', {
    get() { return this.fd === null; },
    enumerable: false,
    configurable: true,
  });
}

let streamClasses;
function fileStreams() {
  if (streamClasses !== undefined) return streamClasses;
  const { Readable, Writable, finished } = streams();

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    const opts = { ...getOptions(options, {}) };
    if (opts.highWaterMark === undefined) opts.highWaterMark = 64 * 1024;
    if (opts.autoDestroy === undefined) opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
    initFileStream(this, path, opts, 'r');
    this.start = opts.start;
    this.end = opts.end;
    this.pos = undefined;
    this.bytesRead = 0;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    if (this.end === undefined) {
      this.end = Infinity;
    } else if (this.end !== Infinity) {
      validateInteger(this.end, 'end', 0);
      if (this.start !== undefined && this.start > this.end) {
        throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
      }
    }
    delete opts.fd;
    Reflect.apply(Readable, this, [opts]);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  defineStreamCommon(ReadStream.prototype, '_readableState');
  ReadStream.prototype._read = function _read(n) {
    n = Math.min(this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    this[kIsPerformingIO] = true;
    req('read', [this.fd, n, this.pos === undefined ? null : this.pos], (err, b) => {
      this[kIsPerformingIO] = false;
      if (this.destroyed) {
        this.emit(kIoDone, err);
        return;
      }
      if (err) {
        this.destroy(err);
      } else if (b.length > 0) {
        if (this.pos !== undefined) this.pos += b.length;
        this.bytesRead += b.length;
        this.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype._destroy = function _destroy(err, callback) { destroyForStream(this, err, callback); };
  ReadStream.prototype.close = function close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };
  definePending(ReadStream.prototype);

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    const opts = { ...getOptions(options, {}) };
    opts.decodeStrings = true;
    if (opts.autoDestroy === undefined) opts.autoDestroy = opts.autoClose === undefined ? true : opts.autoClose;
    initFileStream(this, path, opts, 'w');
    this.start = opts.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    if (this.start !== undefined) {
      validateInteger(this.start, 'start', 0);
      this.pos = this.start;
    }
    const encoding = opts.encoding;
    delete opts.fd;
    delete opts.encoding;
    Reflect.apply(Writable, this, [opts]);
    if (encoding) this.setDefaultEncoding(encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  defineStreamCommon(WriteStream.prototype, '_writableState');
  const writeBytes = (stream, data, callback) => {
    stream[kIsPerformingIO] = true;
    req('write', [stream.fd, data, stream.pos === undefined ? null : stream.pos], (err, n) => {
      stream[kIsPerformingIO] = false;
      if (stream.destroyed) {
        callback(err || new (require('internal/errors').codes.ERR_STREAM_DESTROYED)('write'));
        stream.emit(kIoDone, err);
        return;
      }
      if (!err) stream.bytesWritten += n;
      callback(err);
    });
    if (stream.pos !== undefined) stream.pos += data.length;
  };
  WriteStream.prototype._write = function _write(chunk, encoding, callback) { writeBytes(this, chunk, callback); };
  WriteStream.prototype._writev = function _writev(chunks, callback) {
    writeBytes(this, Buffer.concat(chunks.map(({ chunk }) => chunk)), callback);
  };
  WriteStream.prototype._destroy = function _destroy(err, callback) { destroyForStream(this, err, callback); };
  WriteStream.prototype.close = function close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    // Without autoClose, 'finish' still has to destroy the stream for 'close' to come.
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;
  definePending(WriteStream.prototype);

  streamClasses = { ReadStream, WriteStream };
  return streamClasses;
}

const createReadStream = (path, options) => new (fileStreams().ReadStream)(path, options);
const createWriteStream = (path, options) => new (fileStreams().WriteStream)(path, options);

// util.promisify resolves with an object of these names for a callback's extra arguments.
function defineCustomPromisifyArgs(fn, names) {
  Object.defineProperty(fn, Symbol.for('customPromisifyArgs'), { value: names, enumerable: false });
}

// --- promises -----------------------------------------------------------------------------------
function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

// A call on a closed FileHandle fails as node's fsCall does: EBADF 'file closed', no errno.
function fileClosed(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

// fs.promises.open → FileHandle: every method is a pool request on the descriptor.
class FileHandle {
  #fd;
  constructor(fd) { this.#fd = fd; }

  get fd() { return this.#fd; }

  #check(syscall) {
    if (this.#fd === -1) throw fileClosed(syscall);
    return this.#fd;
  }

  async read(buffer, offset = 0, length, position = null) {
    const fd = this.#check('read');
    if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer);
    }
    if (buffer === undefined) buffer = Buffer.alloc(16384);
    if (length === undefined) length = buffer.byteLength - offset;
    return new Promise((resolve, reject) => {
      read(fd, buffer, offset, length, position, (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  }

  async write(data, ...rest) {
    const fd = this.#check('write');
    return new Promise((resolve, reject) => {
      write(fd, data, ...rest, (err, bytesWritten) => (err ? reject(err) : resolve({ bytesWritten, buffer: data })));
    });
  }

  async writev(buffers, position = null) {
    const fd = this.#check('writev');
    return new Promise((resolve, reject) => {
      writev(fd, buffers, position, (err, bytesWritten) => (err ? reject(err) : resolve({ bytesWritten, buffers })));
    });
  }

  async readv(buffers, position = null) {
    const fd = this.#check('readv');
    return new Promise((resolve, reject) => {
      readv(fd, buffers, position, (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead, buffers })));
    });
  }

  async readFile(options) {
    this.#check('readFile');
    const { encoding } = getOptions(options, {});
    const chunks = [];
    for (;;) {
      const { bytesRead, buffer } = await this.read(Buffer.alloc(kReadChunk), 0, kReadChunk, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return encode(Buffer.concat(chunks), encoding);
  }

  async writeFile(data, options) {
    this.#check('writeFile');
    const { encoding = 'utf8' } = getOptions(options, {});
    await this.write(toData(data, encoding));
  }

  appendFile(data, options) { return this.writeFile(data, options); }

  async stat(options) {
    const fd = this.#check('fstat');
    return promisify(fstat)(fd, options);
  }

  async truncate(len = 0) {
    const fd = this.#check('ftruncate');
    return promisify(ftruncate)(fd, len);
  }

  async utimes(atime, mtime) {
    const fd = this.#check('futimes');
    return promisify(futimes)(fd, atime, mtime);
  }

  async chmod(mode) {
    const fd = this.#check('fchmod');
    return promisify(fchmod)(fd, mode);
  }

  async chown(uid, gid) {
    const fd = this.#check('fchown');
    return promisify(fchown)(fd, uid, gid);
  }

  async sync() { return promisify(fsync)(this.#check('fsync')); }

  async datasync() { return promisify(fdatasync)(this.#check('fdatasync')); }

  async close() {
    const fd = this.#fd;
    if (fd === -1) return undefined;
    this.#fd = -1;
    return promisify(close)(fd);
  }

  createReadStream(options) { return createReadStream(null, { ...options, fd: this.#fd }); }

  createWriteStream(options) { return createWriteStream(null, { ...options, fd: this.#fd }); }

  async [Symbol.asyncDispose]() { if (this.#fd !== -1) await this.close(); }
}

// fs.promises.readFile/writeFile/appendFile also take a FileHandle (read or written from its
// current position; a closed one fails fd validation, as in node).
const onHandle = (fn, method) => (path, ...args) => {
  if (!(path instanceof FileHandle)) return fn(path, ...args);
  return Promise.resolve().then(() => {
    validateInt32(path.fd, 'fd', 0);
    return path[method](...args);
  });
};

const promises = {
  open: (path, flags = 'r', mode = 0o666) => promisify(open)(path, flags, mode).then((fd) => new FileHandle(fd)),
  readFile: onHandle(promisify(readFile), 'readFile'),
  writeFile: onHandle(promisify(writeFile), 'writeFile'),
  appendFile: onHandle(promisify(appendFile), 'appendFile'),
  // (node's promise form does not check that `recursive` is a boolean)
  readdir: (p, o) => new Promise((resolve, reject) => {
    const opts = getOptions(o, {});
    runAsync(readdirProgram(getPath(p), opts), (err, v) => (err ? reject(err) : resolve(v)));
  }),
  stat: (p, o) => promisify(stat)(p, o),
  lstat: (p, o) => promisify(lstat)(p, o),
  mkdir: (p, o) => promisify(mkdir)(p, o),
  rm: (p, o) => promisify(rm)(p, o),
  // promises.rmdir checks its options before warning, and stats (follows a link) first.
  rmdir: (p, o) => new Promise((resolve, reject) => {
    const path = getPath(p);
    const opts = rmOptions(o, false);
    if (opts.recursive) rmdirOptions({ recursive: true });
    runAsync(rmdirProgram(path, opts, 'stat'), (err) => (err ? reject(err) : resolve()));
  }),
  unlink: promisify(unlink),
  rename: promisify(rename),
  copyFile: (a, b, m) => promisify(copyFile)(a, b, m),
  access: (p, m) => promisify(access)(p, m),
  chmod: (p, m) => promisify(chmod)(p, m),
  chown: (p, u, g) => promisify(chown)(p, u, g),
  lchown: (p, u, g) => promisify(lchown)(p, u, g),
  utimes: (p, a, m) => promisify(utimes)(p, a, m),
  lutimes: (p, a, m) => promisify(lutimes)(p, a, m),
  symlink: (t, p, type) => promisify(symlink)(t, p, type),
  link: (a, b) => promisify(link)(a, b),
  readlink: (p, o) => promisify(readlink)(p, o),
  realpath: (p, o) => promisify(realpath.native)(p, o),
  mkdtemp: (p, o) => promisify(mkdtemp)(p, o),
  opendir: (p, o) => promisify(opendir)(p, o),
  cp: (src, dest, options) => {
    const opts = validateCpOptions(options);
    return runPromise(cpProgram(getPath(src, 'src'), getPath(dest, 'dest'), opts, false));
  },
  async truncate(path, len = 0) {
    const fh = await promises.open(path, 'r+');
    try {
      await fh.truncate(len);
    } finally {
      await fh.close();
    }
  },
  constants: undefined,
};

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, S_IFMT, S_IFREG, S_IFDIR,
  S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK, S_IFSOCK: 49152, O_CREAT: 64,
  O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
  O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32,
  S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2,
  X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
promises.constants = constants;

module.exports = {
  readFileSync, writeFileSync, appendFileSync, existsSync, statSync, lstatSync, fstatSync,
  readdirSync, mkdirSync, rmSync, rmdirSync, unlinkSync, renameSync, copyFileSync, accessSync,
  openSync, closeSync, readSync, writeSync, truncateSync, ftruncateSync, chmodSync, fchmodSync,
  utimesSync, lutimesSync, futimesSync, chownSync, lchownSync, fchownSync, fsyncSync, fdatasyncSync, symlinkSync, linkSync,
  readlinkSync, realpathSync, mkdtempSync, opendirSync, cpSync, writevSync, readvSync,
  readFile, writeFile, appendFile, exists, stat, lstat, fstat, readdir, mkdir, rm, rmdir, unlink,
  rename, copyFile, access, open, close, read, write, truncate, ftruncate, chmod, fchmod, utimes,
  lutimes, futimes, chown, lchown, fchown, fsync, fdatasync, writev, readv, symlink, link, readlink, realpath, mkdtemp, opendir, cp,
  createReadStream, createWriteStream,
  promises, constants, Stats, Dirent, Dir, FileHandle,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};

// The stream classes, loaded on first use (FileReadStream / FileWriteStream are node's aliases).
for (const [name, kind] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  {
    let own;
    Object.defineProperty(module.exports, name, {
      get() { return own === undefined ? fileStreams()[kind] : own; },
      set(v) { own = v; },
      enumerable: true,
      configurable: true,
    });
  }
}

// util.promisify(fs.exists) resolves the boolean; util.promisify(fs.read) resolves
// { bytesRead, buffer } as node's customPromisifyArgs do.
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: function exists(path) { // eslint-disable-line no-shadow
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});
defineCustomPromisifyArgs(read, ['bytesRead', 'buffer']);
defineCustomPromisifyArgs(write, ['bytesWritten', 'buffer']);
defineCustomPromisifyArgs(writev, ['bytesWritten', 'buffer']);
defineCustomPromisifyArgs(readv, ['bytesRead', 'buffers']);
