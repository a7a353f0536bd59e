// os — the machine as a loopscope run sees it: a Linux x64 box with 4 CPUs by default (the
// cluster examples fork one worker per CPU; `--cpus N` changes it), 8 GiB of memory, loopback networking only. Values that
// change over time (uptime, freemem) come from the run's clock and memory model, so virtual
// runs stay deterministic. Constants are Linux's, as node reports them.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
  validateInt32,
} = require('internal/errors');

// The run's CPU count (RunOptions::cpus, `--cpus N`; default 4).
const CPUS = binding.cpuCount();
const TOTAL_MEM = 8 * 1024 * 1024 * 1024;
// Seconds the "machine" had been up when the run started.
const BOOT_UPTIME = 86400;

const signals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
  SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
  SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
  SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};
const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20,
  ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95,
  EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110,
  ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};
const priority = {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};
// Like node's: each table's entries are read-only and permanent, but the tables (and
// os.constants itself) stay extensible.
const nullProto = (o) => {
  const t = Object.create(null);
  for (const [k, v] of Object.entries(o)) {
    Object.defineProperty(t, k, { value: v, writable: false, enumerable: true, configurable: false });
  }
  return t;
};
const constants = ({
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: nullProto(errno),
  signals: nullProto(signals),
  priority: nullProto(priority),
});

const uptime = () => BOOT_UPTIME + binding.performanceNow() / 1000;

function cpus() {
  const up = Math.floor(uptime() * 100);
  const list = [];
  for (let i = 0; i < CPUS; i++) {
    list.push({
      model: 'loopscope virtual CPU',
      speed: 2400,
      times: { user: up * 10, nice: 0, sys: up * 2, idle: up * 88, irq: 0 },
    });
  }
  return list;
}

function freemem() {
  const [rss] = binding.memoryUsage();
  return Math.max(0, TOTAL_MEM - 2 * 1024 * 1024 * 1024 - rss);
}

function homedir() {
  return process.env.HOME || '/home/loopscope';
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const encoding = options && options.encoding;
  const enc = (v) => (encoding === 'buffer' ? Buffer.from(v) : encoding && encoding !== 'utf8' && encoding !== 'utf-8' ? Buffer.from(v).toString(encoding) : v);
  const info = Object.create(null);
  Object.assign(info, { uid: 1000, gid: 1000, username: enc('loopscope'), homedir: enc(homedir()), shell: enc('/bin/sh') });
  return info;
}

function networkInterfaces() {
  return {
    lo: [
      { address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' },
      { address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6', mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0 },
    ],
  };
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  return 0;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
}

function arch() { return 'x64'; }
function getAvailableParallelism() { return CPUS; }
function endianness() { return 'LE'; }
function getFreeMem() { return freemem(); }
function platform() { return 'linux'; }
function getOSRelease() { return '6.1.0-loopscope'; }
function getTotalMem() { return TOTAL_MEM; }
function getOSType() { return 'Linux'; }
function getOSVersion() { return '#1 SMP loopscope'; }
function getMachine() { return 'x86_64'; }
// Node wraps these three (the wrapper's name shows in util.inspect).
const wrap = (f) => { const wrappedFn = (...a) => f(...a); return wrappedFn; };
const wrappedHomedir = wrap(homedir);
const wrappedHostname = wrap(() => 'loopscope');
const wrappedUptime = wrap(uptime);
// Like node, the value-like ones also convert to their value (`${os.arch}`).
for (const f of [arch, getAvailableParallelism, endianness, getFreeMem, wrappedHomedir,
  wrappedHostname, platform, getOSRelease, tmpdir, getTotalMem, getOSType, wrappedUptime,
  getOSVersion, getMachine]) {
  f[Symbol.toPrimitive] = () => f();
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: wrappedHomedir,
  hostname: wrappedHostname,
  loadavg() { return [0, 0, 0]; },
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: wrappedUptime,
  version: getOSVersion,
  machine: getMachine,
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
// os.constants cannot be replaced (its tables can grow, as in node).
Object.defineProperty(module.exports, 'constants', { value: constants, writable: false, enumerable: true, configurable: false });
