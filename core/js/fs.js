// fs — the file system API over loopscope's in-memory VFS (core/src/vfs.rs). Sync calls block
// the loop for the request's modelled duration; callback calls are libuv requests on the
// simulated thread pool, completed in the poll phase — readFile/writeFile chain several
// requests (open, fstat, read…, close) as Node's do; fs.promises wraps the callback forms.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  validateFunction,
} = require('internal/errors');

const kReadChunk = 512 * 1024;

function getPath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (Buffer.isBuffer(path)) return path.toString();
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' && path.protocol === 'file:') {
    return decodeURIComponent(path.pathname);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

function encode(bytes, encoding) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function toData(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function req(op, args, callback) {
  binding.fsAsync(op, args, callback, process.env.UV_THREADPOOL_SIZE);
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// --- Stats / Dirent ---------------------------------------------------------------------------
const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;

class Stats {
  constructor(raw) {
    const [ino, mode, size, atimeMs, mtimeMs, ctimeMs, birthtimeMs, nlink] = raw;
    this.dev = 2049;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = 1000;
    this.gid = 1000;
    this.rdev = 0;
    this.blksize = 4096;
    this.ino = ino;
    this.size = size;
    this.blocks = Math.ceil(size / 512);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = new Date(atimeMs);
    this.mtime = new Date(mtimeMs);
    this.ctime = new Date(ctimeMs);
    this.birthtime = new Date(birthtimeMs);
  }

  isFile() { return (this.mode & S_IFMT) === S_IFREG; }

  isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }

  isSymbolicLink() { return false; }

  isBlockDevice() { return false; }

  isCharacterDevice() { return false; }

  isFIFO() { return false; }

  isSocket() { return false; }
}

class Dirent {
  constructor(name, isDir, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = isDir ? 2 : 1;
  }

  isFile() { return this[kType] === 1; }

  isDirectory() { return this[kType] === 2; }

  isSymbolicLink() { return false; }

  isBlockDevice() { return false; }

  isCharacterDevice() { return false; }

  isFIFO() { return false; }

  isSocket() { return false; }
}
const kType = Symbol('type');

function direntList(list, withFileTypes, path) {
  return withFileTypes ? list.map(([n, d]) => new Dirent(n, d, path)) : list.map(([n]) => n);
}

// --- sync ---------------------------------------------------------------------------------------
function readFileSync(path, options) {
  const { encoding, flag = 'r' } = getOptions(options, {});
  if (typeof path === 'number') {
    const chunks = [];
    for (;;) {
      const b = binding.fs('read', path, kReadChunk, null);
      if (b.length === 0) break;
      chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    }
    return encode(Buffer.concat(chunks), encoding);
  }
  const p = getPath(path);
  const fd = binding.fs('open', p, flag, 0o666);
  try {
    binding.fs('fstat', fd);
    const chunks = [];
    for (;;) {
      const b = binding.fs('read', fd, kReadChunk, null);
      if (b.length === 0) break;
      chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    }
    return encode(Buffer.concat(chunks), encoding);
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
  const fd = binding.fs('open', getPath(path), flag, mode);
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

function statSync(path, options) {
  const opts = getOptions(options, { throwIfNoEntry: true });
  try {
    return new Stats(binding.fs('stat', getPath(path)));
  } catch (err) {
    if (opts.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function lstatSync(path, options) {
  const opts = getOptions(options, { throwIfNoEntry: true });
  try {
    return new Stats(binding.fs('lstat', getPath(path)));
  } catch (err) {
    if (opts.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

const fstatSync = (fd) => new Stats(binding.fs('fstat', fd));

function readdirSync(path, options) {
  const { withFileTypes = false } = getOptions(options, {});
  const p = getPath(path);
  return direntList(binding.fs('readdir', p), withFileTypes, p);
}

function mkdirSync(path, options) {
  const opts = typeof options === 'number' ? { mode: options } : getOptions(options, {});
  return binding.fs('mkdir', getPath(path), !!opts.recursive, opts.mode === undefined ? 0o777 : opts.mode);
}

function rmSync(path, options) {
  const { recursive = false, force = false } = getOptions(options, {});
  binding.fs('rm', getPath(path), recursive, force);
}

function rmdirSync(path, options) {
  const { recursive = false } = getOptions(options, {});
  binding.fs(recursive ? 'rm' : 'rmdir', getPath(path), recursive, false);
}

const unlinkSync = (path) => { binding.fs('unlink', getPath(path), false, false); };
const renameSync = (from, to) => { binding.fs('rename', getPath(from, 'oldPath'), getPath(to, 'newPath')); };
const copyFileSync = (src, dest, mode = 0) => {
  binding.fs('copyFile', getPath(src, 'src'), getPath(dest, 'dest'), (mode & 1) === 1);
};
const accessSync = (path) => { binding.fs('access', getPath(path)); };
const openSync = (path, flags = 'r', mode = 0o666) => binding.fs('open', getPath(path), flags, mode);
const closeSync = (fd) => { binding.fs('close', fd); };

function readSync(fd, buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  offset = offset || 0;
  if (length === undefined) length = buffer.byteLength - offset;
  const b = binding.fs('read', fd, length, typeof position === 'number' ? position : null);
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(b, offset);
  return b.length;
}

function writeSync(fd, data, offsetOrPosition, lengthOrEncoding, position) {
  if (typeof data === 'string') {
    const pos = typeof offsetOrPosition === 'number' ? offsetOrPosition : null;
    return binding.fs('write', fd, Buffer.from(data, lengthOrEncoding || 'utf8'), pos);
  }
  const offset = offsetOrPosition || 0;
  const length = lengthOrEncoding === undefined ? data.byteLength - offset : lengthOrEncoding;
  const view = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  return binding.fs('write', fd, view, typeof position === 'number' ? position : null);
}

// --- callbacks ----------------------------------------------------------------------------------
function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  const { encoding, flag = 'r' } = getOptions(options, {});
  const p = getPath(path);
  // Like node's ReadFileContext: open → fstat → read… → close, each a pool request.
  req('open', [p, flag, 0o666], (err, fd) => {
    if (err) return callback(err);
    req('fstat', [fd], (err2) => {
      if (err2) return req('close', [fd], () => callback(err2));
      const chunks = [];
      const next = () => req('read', [fd, kReadChunk, null], (err3, b) => {
        if (err3) return req('close', [fd], () => callback(err3));
        if (b.length > 0) {
          chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
          return next();
        }
        req('close', [fd], (err4) => {
          if (err4) return callback(err4);
          callback(null, encode(Buffer.concat(chunks), encoding));
        });
      });
      next();
    });
  });
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  const { encoding = 'utf8', flag = 'w', mode = 0o666 } = getOptions(options, {});
  const bytes = toData(data, encoding);
  req('open', [getPath(path), flag, mode], (err, fd) => {
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

function simple(op, mapArgs, mapResult = (v) => v) {
  return function (...args) {
    const callback = maybeCallback(args.pop());
    req(op, mapArgs(...args), (err, value) => {
      if (err) return callback(err);
      callback(null, mapResult(value, ...args));
    });
  };
}

const stat = simple('stat', (p) => [getPath(p)], (v) => new Stats(v));
const lstat = simple('lstat', (p) => [getPath(p)], (v) => new Stats(v));
const fstat = simple('fstat', (fd) => [fd], (v) => new Stats(v));
const readdir = simple('readdir', (p) => [getPath(p)], (v, p, o) => direntList(v, !!getOptions(o, {}).withFileTypes, getPath(p)));
const mkdir = simple('mkdir', (p, o) => {
  const opts = typeof o === 'number' ? { mode: o } : getOptions(o, {});
  return [getPath(p), !!opts.recursive, opts.mode === undefined ? 0o777 : opts.mode];
});
const rm = simple('rm', (p, o) => {
  const { recursive = false, force = false } = getOptions(o, {});
  return [getPath(p), recursive, force];
}, () => undefined);
const rmdir = simple('rmdir', (p) => [getPath(p), false, false], () => undefined);
const unlink = simple('unlink', (p) => [getPath(p), false, false], () => undefined);
const rename = simple('rename', (a, b) => [getPath(a, 'oldPath'), getPath(b, 'newPath')], () => undefined);
const copyFile = simple('copyFile', (a, b, mode = 0) => [getPath(a, 'src'), getPath(b, 'dest'), (mode & 1) === 1], () => undefined);
const access = simple('access', (p) => [getPath(p)], () => undefined);
const open = simple('open', (p, flags = 'r', mode = 0o666) => [getPath(p), flags, mode]);
const close = simple('close', (fd) => [fd], () => undefined);

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try { p = getPath(path); } catch { return process.nextTick(callback, false); }
  req('exists', [p], (err, v) => callback(!err && v));
}

function read(fd, buffer, offset, length, position, callback) {
  callback = maybeCallback(callback);
  req('read', [fd, length, typeof position === 'number' ? position : null], (err, b) => {
    if (err) return callback(err);
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(b, offset || 0);
    callback(null, b.length, buffer);
  });
}

function write(fd, data, ...rest) {
  const callback = maybeCallback(rest.pop());
  const bytes = typeof data === 'string' ? Buffer.from(data, typeof rest[1] === 'string' ? rest[1] : 'utf8') : data;
  req('write', [fd, bytes, null], (err, n) => (err ? callback(err) : callback(null, n, data)));
}

// --- streams ------------------------------------------------------------------------------------
// Node's fs.ReadStream / fs.WriteStream: open in _construct, then one pool request per chunk
// (64 KiB reads; one write per chunk), close on destroy.
let streamModule;
function streams() {
  if (streamModule === undefined) streamModule = require('stream');
  return streamModule;
}

// `construct`: open the file unless a descriptor was given; emit 'open' and 'ready' like node.
function openForStream(stream, path, flags, mode, callback) {
  if (typeof stream.fd === 'number') return callback();
  req('open', [path, flags, mode], (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

// `destroy`: close the descriptor when autoClose is on.
function closeForStream(stream, autoClose, err, callback) {
  if (typeof stream.fd === 'number' && autoClose !== false) {
    const fd = stream.fd;
    stream.fd = null;
    req('close', [fd], (err2) => callback(err || err2 || null));
  } else {
    callback(err);
  }
}

function makeReadStream(path, options) {
  const { Readable } = streams();
  const opts = getOptions(options, {});
  const p = path === undefined || path === null ? undefined : getPath(path);
  const start = opts.start;
  const end = opts.end === undefined ? Infinity : opts.end;
  const stream = new Readable({
    highWaterMark: opts.highWaterMark || 64 * 1024,
    encoding: opts.encoding,
    emitClose: opts.emitClose !== false,
    autoDestroy: opts.autoClose !== false,
    signal: opts.signal,
    construct(callback) {
      openForStream(this, p, opts.flags || 'r', opts.mode === undefined ? 0o666 : opts.mode, callback);
    },
    read(n) {
      const left = end === Infinity ? Infinity : end - (this.pos || 0) + 1;
      const toRead = Math.min(n, left);
      if (toRead <= 0) return this.push(null);
      req('read', [this.fd, toRead, this.pos === undefined ? null : this.pos], (err, b) => {
        if (err) return this.destroy(err);
        if (b.length === 0) return this.push(null);
        if (this.pos !== undefined) this.pos += b.length;
        this.bytesRead += b.length;
        this.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
      });
    },
    destroy(err, callback) {
      closeForStream(this, opts.autoClose, err, callback);
    },
  });
  stream.path = p;
  stream.fd = typeof opts.fd === 'number' ? opts.fd : null;
  stream.flags = opts.flags || 'r';
  stream.mode = opts.mode === undefined ? 0o666 : opts.mode;
  stream.start = start;
  stream.end = end;
  stream.pos = start;
  stream.bytesRead = 0;
  return stream;
}

function makeWriteStream(path, options) {
  const { Writable } = streams();
  const opts = getOptions(options, {});
  const p = path === undefined || path === null ? undefined : getPath(path);
  const stream = new Writable({
    highWaterMark: opts.highWaterMark,
    decodeStrings: true,
    defaultEncoding: opts.encoding || 'utf8',
    emitClose: opts.emitClose !== false,
    autoDestroy: opts.autoClose !== false,
    signal: opts.signal,
    construct(callback) {
      openForStream(this, p, opts.flags || 'w', opts.mode === undefined ? 0o666 : opts.mode, callback);
    },
    write(chunk, encoding, callback) {
      req('write', [this.fd, chunk, this.pos === undefined ? null : this.pos], (err, n) => {
        if (err) return callback(err);
        this.bytesWritten += n;
        if (this.pos !== undefined) this.pos += n;
        callback();
      });
    },
    destroy(err, callback) {
      closeForStream(this, opts.autoClose, err, callback);
    },
  });
  stream.path = p;
  stream.fd = typeof opts.fd === 'number' ? opts.fd : null;
  stream.flags = opts.flags || 'w';
  stream.mode = opts.mode === undefined ? 0o666 : opts.mode;
  stream.start = opts.start;
  stream.pos = opts.start;
  stream.bytesWritten = 0;
  return stream;
}

const createReadStream = (path, options) => makeReadStream(path, options);
const createWriteStream = (path, options) => makeWriteStream(path, options);

// --- promises -----------------------------------------------------------------------------------
function promisify(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

// fs.promises.open → FileHandle: every method is a pool request on the descriptor.
class FileHandle {
  #fd;
  constructor(fd) { this.#fd = fd; }

  get fd() { return this.#fd; }

  read(buffer, offset = 0, length, position = null) {
    if (buffer === undefined) buffer = Buffer.alloc(16384);
    if (length === undefined) length = buffer.byteLength - offset;
    return new Promise((resolve, reject) => {
      read(this.#fd, buffer, offset, length, position, (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  }

  write(data, ...rest) {
    return new Promise((resolve, reject) => {
      write(this.#fd, data, ...rest, (err, bytesWritten) => (err ? reject(err) : resolve({ bytesWritten, buffer: data })));
    });
  }

  async readFile(options) {
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
    const { encoding = 'utf8' } = getOptions(options, {});
    await this.write(toData(data, encoding));
  }

  appendFile(data, options) { return this.writeFile(data, options); }

  stat() { return promisify(fstat)(this.#fd); }

  close() {
    const fd = this.#fd;
    this.#fd = -1;
    return promisify(close)(fd);
  }

  createReadStream(options) { return createReadStream(null, { ...options, fd: this.#fd }); }

  createWriteStream(options) { return createWriteStream(null, { ...options, fd: this.#fd }); }

  async [Symbol.asyncDispose]() { if (this.#fd !== -1) await this.close(); }
}

const promises = {
  open: (path, flags = 'r', mode = 0o666) => promisify(open)(path, flags, mode).then((fd) => new FileHandle(fd)),
  readFile: promisify(readFile),
  writeFile: promisify(writeFile),
  appendFile: promisify(appendFile),
  readdir: (p, o) => promisify(readdir)(p, o),
  stat: promisify(stat),
  lstat: promisify(lstat),
  mkdir: (p, o) => promisify(mkdir)(p, o),
  rm: (p, o) => promisify(rm)(p, o),
  rmdir: promisify(rmdir),
  unlink: promisify(unlink),
  rename: promisify(rename),
  copyFile: (a, b, m) => promisify(copyFile)(a, b, m),
  access: (p) => promisify(access)(p),
  constants: undefined,
};

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, S_IFMT, S_IFREG, S_IFDIR,
  S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64,
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
  openSync, closeSync, readSync, writeSync,
  readFile, writeFile, appendFile, exists, stat, lstat, fstat, readdir, mkdir, rm, rmdir, unlink,
  rename, copyFile, access, open, close, read, write,
  createReadStream, createWriteStream,
  promises, constants, Stats, Dirent, FileHandle,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
};
