// os.cpus/loadavg/availableParallelism/uptime shapes, and os.totalmem/freemem with process.memoryUsage: types and invariants between the numbers (never the numbers themselves).
const os = require('os');

const cpus = os.cpus();
console.log(cpus.length === os.availableParallelism(), Number.isInteger(os.availableParallelism()));
console.log(cpus.every((c) => typeof c.model === 'string' && Number.isInteger(c.speed)));
console.log(cpus.every((c) => Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
console.log(cpus.every((c) => JSON.stringify(Object.keys(c.times)) === '["user","nice","sys","idle","irq"]'));
console.log(cpus[0] !== os.cpus()[0], Object.getPrototypeOf(cpus[0]) === Object.prototype);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number' && n >= 0));
const up1 = os.uptime();
const t = Date.now();
while (Date.now() - t < 20) {}
const up2 = os.uptime();
console.log(typeof up1, up2 >= up1, up1 > 0);
console.log(os.availableParallelism.name, os.cpus.name, os.loadavg.name, os.uptime.name);

const total = os.totalmem();
const free = os.freemem();
console.log(typeof total, typeof free, Number.isInteger(total), Number.isInteger(free));
console.log(free > 0, free <= total, total > 256 * 1024 * 1024);
console.log(+os.totalmem === total, typeof `${os.freemem}`);

const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0));
console.log(m.heapUsed <= m.heapTotal, m.heapTotal <= m.rss, m.rss <= total, m.arrayBuffers <= m.external);
console.log(typeof process.memoryUsage.rss, typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);

// A live 4 MiB Buffer counts in external and arrayBuffers.
const before = process.memoryUsage();
const buf = Buffer.alloc(4 * 1024 * 1024, 1);
const after = process.memoryUsage();
console.log(after.external - before.external >= 4 * 1024 * 1024, after.arrayBuffers - before.arrayBuffers >= 4 * 1024 * 1024, buf[0]);
