// Sync fs on a scratch directory: write/append/read, stat, readdir (sorted), rename, copy, rm; errors.
const fs = require('fs');
const dir = '/tmp/loopscope-corpus-fs-sync';
fs.rmSync(dir, { recursive: true, force: true });
console.log(fs.mkdirSync(`${dir}/a/b`, { recursive: true }) === dir);
fs.writeFileSync(`${dir}/a/x.txt`, 'hello');
fs.appendFileSync(`${dir}/a/x.txt`, ' world');
console.log(fs.readFileSync(`${dir}/a/x.txt`, 'utf8'), fs.readFileSync(`${dir}/a/x.txt`).length);
const st = fs.statSync(`${dir}/a/x.txt`);
console.log(st.isFile(), st.isDirectory(), st.size, fs.statSync(`${dir}/a`).isDirectory());
fs.renameSync(`${dir}/a/x.txt`, `${dir}/a/y.txt`);
fs.copyFileSync(`${dir}/a/y.txt`, `${dir}/z.txt`);
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(`${dir}/a`, { withFileTypes: true }).map((d) => [d.name, d.isDirectory()]).sort());
console.log(fs.existsSync(`${dir}/a/x.txt`), fs.existsSync(`${dir}/z.txt`), fs.statSync(`${dir}/nope`, { throwIfNoEntry: false }));
for (const f of [() => fs.readFileSync(`${dir}/nope.txt`), () => fs.mkdirSync(dir), () => fs.rmdirSync(`${dir}/a`), () => fs.unlinkSync(`${dir}/a`), () => fs.readdirSync(`${dir}/z.txt`)]) {
  try { f(); } catch (e) { console.log(e.code, e.errno, e.syscall, e.message.replace(dir, '<dir>')); }
}
fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir));
