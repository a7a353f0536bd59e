// os.getPriority/setPriority/userInfo argument validation (names, codes, messages), and userInfo field types with { encoding: 'buffer' | 'hex' }.
const os = require('os');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('getPriority(str)', () => os.getPriority('1'));
attempt('getPriority(1.5)', () => os.getPriority(1.5));
attempt('getPriority(2**32)', () => os.getPriority(2 ** 32));
attempt('setPriority(str)', () => os.setPriority('high'));
attempt('setPriority(0, str)', () => os.setPriority(0, 'x'));
attempt('setPriority(20)', () => os.setPriority(20));
attempt('setPriority(-21)', () => os.setPriority(-21));
attempt('setPriority(0, 1.5)', () => os.setPriority(0, 1.5));
attempt('userInfo(null)', () => os.userInfo(null));
attempt('userInfo(1)', () => os.userInfo(1));
attempt('userInfo({})', () => os.userInfo({}));

const u = os.userInfo();
console.log(Object.keys(u), Object.getPrototypeOf(u) === null);
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
console.log(u.uid === process.getuid(), u.gid === process.getgid());
const b = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(b.username), Buffer.isBuffer(b.homedir), Buffer.isBuffer(b.shell), typeof b.uid);
console.log(b.username.toString() === u.username, b.homedir.toString() === u.homedir);
const hex = os.userInfo({ encoding: 'hex' });
console.log(hex.username === Buffer.from(u.username).toString('hex'));
