// Checks what runs around an fs callback in the poll phase: nextTick and microtasks first, then setImmediate before a nested fs request, for callback and fs.promises chains.
const fs = require('fs');
const fsp = require('fs/promises');
const dir = '/tmp/loopscope-corpus-fs-poll-phase-callbacks';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/f.txt`, 'hello');
const log = (s) => console.log(s);

function round(n) {
  if (n === 3) return promisesRound();
  fs.stat(`${dir}/f.txt`, (err, st) => {
    log(`round ${n}: stat cb size=${st.size}`);
    setImmediate(() => {
      log(`round ${n}: immediate`);
      process.nextTick(() => log(`round ${n}: tick in immediate`));
    });
    fs.access(`${dir}/f.txt`, () => log(`round ${n}: nested access cb`));
    process.nextTick(() => log(`round ${n}: tick`));
    Promise.resolve().then(() => log(`round ${n}: promise`));
    queueMicrotask(() => log(`round ${n}: microtask`));
    log(`round ${n}: stat cb end`);
    setTimeout(() => round(n + 1), 30);
  });
}

async function promisesRound() {
  const st = await fsp.stat(`${dir}/f.txt`);
  log(`promises: after await stat size=${st.size}`);
  setImmediate(() => log('promises: immediate'));
  process.nextTick(() => log('promises: tick'));
  const p = fsp.readFile(`${dir}/f.txt`, 'utf8').then((s) => log(`promises: readFile ${s}`));
  await null;
  log('promises: after await null');
  await p;
  log('promises: after await readFile');
  fs.stat(`${dir}/missing`, (err) => {
    log(`missing stat cb ${err.code}`);
    setImmediate(() => {
      log('immediate after missing');
      fs.rmSync(dir, { recursive: true });
      log(`cleaned ${fs.existsSync(dir)}`);
    });
  });
}
round(0);
