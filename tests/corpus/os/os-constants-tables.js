// os.constants: the signal and errno tables (counts, selected values, aliases) and that every table is frozen with a null prototype.
const os = require('os');

const { signals, errno, priority, dlopen } = os.constants;
console.log(Object.isFrozen(os.constants), Object.getPrototypeOf(os.constants));
for (const [name, t] of Object.entries({ signals, errno, priority, dlopen })) {
  console.log(name, Object.isFrozen(t), Object.getPrototypeOf(t) === null, Object.keys(t).length);
}
console.log(signals.SIGHUP, signals.SIGKILL, signals.SIGUSR1, signals.SIGUSR2, signals.SIGCHLD, signals.SIGSYS);
console.log(signals.SIGIOT === signals.SIGABRT, signals.SIGPOLL === signals.SIGIO, 'SIGBREAK' in signals);
console.log(errno.EPERM, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.ENOTEMPTY);
console.log(errno.ECONNREFUSED, errno.ECONNRESET, errno.ETIMEDOUT, errno.EPIPE, errno.EMFILE);
console.log(errno.EWOULDBLOCK === errno.EAGAIN, errno.EOPNOTSUPP === errno.ENOTSUP);
console.log(dlopen);
console.log(Object.keys(signals).join(' '));
console.log(Object.values(errno).every((v) => Number.isInteger(v) && v > 0));
// Writes to the frozen tables are ignored (sloppy mode).
signals.SIGTERM = 99;
os.constants.extra = 1;
console.log(signals.SIGTERM, os.constants.extra);
