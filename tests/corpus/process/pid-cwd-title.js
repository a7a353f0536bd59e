// Checks the types of process.pid, process.ppid, process.cwd(), process.title, process.uptime().
console.log(typeof process.pid, Number.isInteger(process.pid), process.pid > 0);
console.log(typeof process.ppid);
console.log(typeof process.cwd(), process.cwd().startsWith('/'));
console.log(typeof process.title);
console.log(typeof process.uptime(), process.uptime() >= 0);
