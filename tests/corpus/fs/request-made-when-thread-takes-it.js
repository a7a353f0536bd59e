// An fs request queued behind busy pool threads is made when a thread takes it, not when it is called: until then the file system does not show it, and it sees what happened before then.
const fs = require('fs');
const crypto = require('crypto');
const dir = '/tmp/loopscope-corpus-fs-queued';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
// Four long pbkdf2 calls fill the four pool threads.
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('password', 'salt', 300000, 32, 'sha256', () => {});
}
fs.writeFile(`${dir}/written.txt`, 'hello', (err) => {
  console.log('writeFile done', err, fs.readFileSync(`${dir}/written.txt`, 'utf8'));
});
console.log('right after writeFile', fs.existsSync(`${dir}/written.txt`));
fs.stat(`${dir}/later.txt`, (err, st) => console.log('stat', err, st && st.size));
fs.writeFileSync(`${dir}/later.txt`, 'abc');
fs.readFile(`${dir}/later.txt`, 'utf8', (err, s) => {
  console.log('readFile', err, s);
  fs.rmSync(dir, { recursive: true });
});
fs.appendFileSync(`${dir}/later.txt`, 'def');
setImmediate(() => console.log('immediate', fs.existsSync(`${dir}/written.txt`)));
setTimeout(() => console.log('timeout 5', fs.existsSync(`${dir}/written.txt`)), 5);
