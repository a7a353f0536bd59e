// Checks deterministic ordering facts around thread-pool crypto work: sync code, nextTick and microtasks come first; ticks queued in a pool callback run right after it; in a pool callback setImmediate beats setTimeout 0; chained and promisified work keeps its order.
const crypto = require('crypto');
const util = require('util');
const log = [];
const note = (s) => { log.push(s); };
const names = ['pbkdf2', 'scrypt', 'randomBytes', 'randomFill'];
const done = new Set();
let raceDone;
const raceResult = new Promise((resolve) => { raceDone = resolve; });
let pairsOk = true;
const onDone = (name) => {
  note(`cb ${name}`);
  process.nextTick(() => {
    if (log[log.length - 1] !== `cb ${name}`) pairsOk = false;
    note(`tick ${name}`);
  });
  done.add(name);
  if (done.size === names.length) setImmediate(phase2);
};
crypto.pbkdf2('pw', 'salt', 10, 16, 'sha256', (e, k) => onDone('pbkdf2'));
crypto.scrypt('pw', 'salt', 16, { N: 16 }, (e, k) => onDone('scrypt'));
crypto.randomBytes(8, (e, b) => onDone('randomBytes'));
crypto.randomFill(Buffer.alloc(8), (e, b) => onDone('randomFill'));
process.nextTick(() => note('main tick'));
Promise.resolve().then(() => note('main microtask'));
note('main sync end');

function phase2() {
  console.log('first three', log.slice(0, 3).join(' | '));
  console.log('callbacks', log.filter((s) => s.startsWith('cb ')).map((s) => s.slice(3)).sort().join(','));
  console.log('every tick directly after its callback', pairsOk, log.length);
  const seq = [];
  crypto.pbkdf2('a', 'b', 5, 8, 'sha1', (err, k) => {
    seq.push('pbkdf2 ' + k.length);
    const race = [];
    const raced = (s) => { race.push(s); if (race.length === 2) raceDone(race.join(' before ')); };
    setTimeout(() => raced('timeout'), 0);
    setImmediate(() => { seq.push('immediate in cb'); raced('immediate'); });
    process.nextTick(() => seq.push('tick in cb'));
    Promise.resolve().then(() => seq.push('microtask in cb'));
    seq.push('sync in cb ' + crypto.pbkdf2Sync('a', 'b', 5, 8, 'sha1').equals(k));
    crypto.scrypt('a', 'b', 8, { N: 16 }, (err2, k2) => {
      seq.push('scrypt ' + k2.length);
      crypto.randomBytes(4, (err3, r) => {
        seq.push('randomBytes ' + r.length + ' ' + err3);
        crypto.randomFill(new Uint16Array(3), (err4, arr) => {
          seq.push('randomFill ' + arr.constructor.name + ' ' + err4);
          for (const s of seq) console.log(' ', s);
          phase3();
        });
      });
    });
  });
  seq.push('after starting chain');
}

async function phase3() {
  const pbkdf2 = util.promisify(crypto.pbkdf2);
  const scrypt = util.promisify(crypto.scrypt);
  const randomBytes = util.promisify(crypto.randomBytes);
  const order = [];
  const p = Promise.all([
    pbkdf2('x', 'y', 3, 4, 'md5').then((k) => { order.push('p1'); return k.toString('hex'); }),
    scrypt('x', 'y', 4, { N: 16 }).then((k) => { order.push('p2'); return k.toString('hex'); }),
    randomBytes(5).then((b) => { order.push('p3'); return b.length; }),
  ]);
  process.nextTick(() => order.push('tick before'));
  const [a, b, c] = await p;
  console.log('promisified results', a, b, c);
  console.log('in pool cb:', await raceResult);
  console.log('tick before any result', order[0], order.length);
  try { await pbkdf2('x', 'y', 0, 4, 'md5'); } catch (e) { console.log('promisified sync throw', e.code); }
  try { await scrypt('x', 'y', 4, { N: 3 }); } catch (e) { console.log('promisified scrypt', e.code); }
  const r = await randomBytes(0);
  console.log('zero bytes', r.length, Buffer.isBuffer(r));
  crypto.randomInt(10, (err, n) => {
    console.log('randomInt cb', err, Number.isInteger(n));
    setImmediate(() => console.log('last immediate'));
    process.nextTick(() => console.log('tick after randomInt'));
  });
  console.log('end of phase3 sync');
}
