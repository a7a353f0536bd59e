// os: the platform facts, constants and shapes a snippet can rely on (values that depend on the machine, like hostname or the CPU count, are only checked for their type).
const os = require('os');

console.log(os.platform(), os.type(), os.arch(), os.machine(), os.endianness());
console.log(`${os.platform}`, `${os.arch}`, JSON.stringify(os.EOL), os.devNull);
console.log(typeof os.hostname(), typeof os.release(), typeof os.version(), typeof os.homedir());
console.log(os.tmpdir(), typeof os.uptime(), os.uptime() > 0);
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism());
console.log(Object.keys(cpus[0]), Object.keys(cpus[0].times));
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, os.loadavg().length);
console.log(os.networkInterfaces().lo);
console.log(Object.keys(os.userInfo()), typeof os.userInfo().username);
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT, os.constants.errno.EADDRINUSE);
console.log(os.constants.priority, os.getPriority());
console.log(Object.keys(os.constants));
console.log(os.arch.name, os.homedir.name, os.freemem.name, typeof os.arch[Symbol.toPrimitive], typeof os.cpus[Symbol.toPrimitive]);
try {
  os.setPriority('high');
} catch (e) {
  console.log(e.code);
}
