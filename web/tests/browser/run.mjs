// loopscope browser tests: the npm package (built by `cargo xtask`) in real headless Chromium.
//
//   node run.mjs --pkg DIR --corpus FILE.json [--filter TEXT]
//
// Serves the package from one origin (http://localhost:A, with CORS, as a CDN would) and the
// test page from another (http://127.0.0.1:B), then checks: the whole conformance corpus gives
// node's stdout and exit code; the thread pool runs on several Web Workers; stop during
// `while(true){}` and a worker panic / trap are each followed by a successful run; pause and
// step; memory samples. Expected outputs of the ad-hoc programs are recorded from the `node`
// running this script. Prints the ordering example's time after worker-ready (a measurement,
// not an assertion).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pkgDir = path.resolve(opt('--pkg') || '');
const corpusFile = opt('--corpus');
const filter = opt('--filter') || '';
if (!fs.existsSync(path.join(pkgDir, 'loopscope_web.js'))) {
  console.error(`run.mjs: no package at ${pkgDir} (build it with cargo xtask)`);
  process.exit(2);
}

const MIME = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.json': 'application/json' };

// Requests per path, for the module bundle check.
const served = new Map();
function serve(root, extra = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    served.set(url.pathname, (served.get(url.pathname) || 0) + 1);
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, extra);
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', ...extra });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function nodeOutput(code, ext = '.js') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loopscope-bt-'));
  const file = path.join(dir, `main${ext}`);
  fs.writeFileSync(file, code);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return { stdout: r.stdout, exitCode: r.status };
}

let failed = 0;
function check(name, ok, detail) {
  if (ok) console.log(`ok   ${name}`);
  else {
    failed++;
    console.log(`FAIL ${name}${detail ? `\n     ${String(detail).split('\n').join('\n     ')}` : ''}`);
  }
}

const pkgServer = await serve(pkgDir, { 'Access-Control-Allow-Origin': '*' });
const pageServer = await serve(here);
const pkgOrigin = `http://localhost:${pkgServer.address().port}`;
const pageUrl = `http://127.0.0.1:${pageServer.address().port}/harness.html?pkg=${encodeURIComponent(pkgOrigin)}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let exitCode = 1;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') console.log(`console: ${m.text()}`); });
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.harnessReady === true, null, { timeout: 180_000 });
  const evaluate = (fn, arg) => page.evaluate(fn, arg);

  // The ordering example (the playground's default): node's output, and its time after ready.
  const ordering = `setTimeout(() => console.log('1: setTimeout'), 0);
setImmediate(() => console.log('2: setImmediate'));
Promise.resolve().then(() => console.log('3: Promise'));
process.nextTick(() => console.log('4: nextTick'));
console.log('5: synchronous');
`;
  if (!filter || 'ordering'.includes(filter)) {
    const expected = nodeOutput(ordering);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const r = await evaluate((code) => window.harness.run(code, {}), ordering);
      check(`ordering example run ${i + 1} prints what node prints`, r.stdout === expected.stdout && r.exitCode === expected.exitCode, JSON.stringify(r.stdout));
      times.push(r.timing.runMs);
    }
    times.sort((a, b) => a - b);
    console.log(`measure: ordering example completes ${times[2].toFixed(1)} ms (median of 5; min ${times[0].toFixed(1)}, max ${times[4].toFixed(1)}) after the worker reported ready (budget 300 ms)`);
  }

  // The module bundle (the builtins outside the boot set): one fetch per page, not per worker.
  if (!filter || 'bundle'.includes(filter)) {
    const code = "const { Readable } = require('stream'); console.log(typeof Readable, [1, 2]);";
    const expected = nodeOutput(code);
    const before = served.get('/loopscope_modules.json') || 0;
    const outs = [];
    for (let i = 0; i < 3; i++) outs.push(await evaluate((c) => window.harness.run(c, {}).then((r) => r.stdout), code));
    const fetched = (served.get('/loopscope_modules.json') || 0) - before;
    check('module bundle: three runs that need it, each on a fresh worker, print what node prints', outs.every((o) => o === expected.stdout), JSON.stringify(outs));
    check('module bundle: fetched once for them (later workers get its text from the page)', fetched === (before === 0 ? 1 : 0), `fetched ${fetched} times (${before} before)`);
  }

  // Thread pool on real Web Workers.
  if (!filter || 'pool'.includes(filter)) {
    const pool = `const crypto = require('crypto');
const start = Date.now();
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('secret', 'salt', 20000, 32, 'sha512', (err, key) => {
    console.log(i, key.toString('hex').slice(0, 16));
  });
}
`;
    const expected = nodeOutput(pool);
    const lines = (s) => s.split('\n').filter(Boolean).map((l) => l.split(' ')[1]).sort().join(',');
    for (const clock of ['virtual', 'real']) {
      const r = await evaluate(({ code, clock }) => window.harness.run(code, { clock }).then((r) => ({
        stdout: r.stdout, exitCode: r.exitCode,
        started: r.events.filter((e) => e.type === 'pool_started').map((e) => ({ executor: e.executor, at: e.at_ns, task: e.task })),
        finished: r.events.filter((e) => e.type === 'pool_finished').map((e) => ({ at: e.at_ns, task: e.task })),
      })), { code: pool, clock });
      const executors = new Set(r.started.map((s) => s.executor));
      check(`pool (${clock} clock): keys are node's`, r.exitCode === 0 && lines(r.stdout) === lines(expected.stdout), `${r.stdout} vs ${expected.stdout}`);
      check(`pool (${clock} clock): tasks ran on 4 different Web Workers`, executors.size === 4 && [...executors].every((e) => /^web-worker-[0-3]$/.test(e)), JSON.stringify([...executors]));
      if (clock === 'virtual') {
        const first = Math.min(...r.finished.map((f) => f.at));
        const fifth = r.started.find((s) => s.task === Math.max(...r.started.map((x) => x.task)));
        check('pool (virtual clock): the fifth task starts when the first four finish', r.started.length === 5 && fifth.at === first, JSON.stringify(r));
      }
    }
    // zlib streams: each call runs on a pool Web Worker, the stream's context going with it.
    const zpool = `const zlib = require('zlib');
const crypto = require('crypto');
const text = (n) => Array.from({ length: n }, (_, i) => \`line \${i} \${'loop'.repeat(i % 13)} \${i * i % 977}\`).join('\\n');
for (let k = 1; k <= 4; k++) {
  const data = Buffer.from(text(3000 * k));
  zlib.gzip(data, { chunkSize: 4096 }, (err, gz) => {
    zlib.gunzip(gz, { chunkSize: 2048 }, (err2, back) => {
      console.log(k, gz.length, crypto.createHash('sha256').update(gz).digest('hex').slice(0, 16), back.equals(data), err, err2);
    });
  });
}
`;
    const zexpected = nodeOutput(zpool);
    const sorted = (s) => s.split('\n').filter(Boolean).sort().join('\n');
    for (const clock of ['virtual', 'real']) {
      const r = await evaluate(({ code, clock }) => window.harness.run(code, { clock }).then((r) => {
        const zlibTasks = new Set(r.events.filter((e) => e.type === 'pool_queued' && e.api === 'zlib').map((e) => e.task));
        return {
          stdout: r.stdout, exitCode: r.exitCode, calls: zlibTasks.size,
          executors: r.events.filter((e) => e.type === 'pool_started' && zlibTasks.has(e.task)).map((e) => e.executor),
        };
      }), { code: zpool, clock });
      const distinct = new Set(r.executors);
      check(`pool (${clock} clock): zlib streams print what node prints`, r.exitCode === 0 && sorted(r.stdout) === sorted(zexpected.stdout), `${r.stdout} vs ${zexpected.stdout}`);
      check(`pool (${clock} clock): every zlib call ran on a Web Worker, ${distinct.size} different ones`, r.calls > 20 && r.executors.length === r.calls && r.executors.every((e) => /^web-worker-[0-3]$/.test(e)) && distinct.size >= 3, JSON.stringify({ calls: r.calls, executors: [...distinct] }));
    }
    const r5 = await evaluate((code) => window.harness.run(code, { threadpoolSize: 5 }).then((r) => new Set(r.events.filter((e) => e.type === 'pool_started').map((e) => e.executor)).size), pool);
    check('pool: threadpoolSize 5 uses 5 Web Workers', r5 === 5, r5);
  }

  // Real clock: the worker sleeps until timers are due.
  if (!filter || 'real'.includes(filter)) {
    const code = `const t = Date.now();
setTimeout(() => console.log('timeout', Date.now() - t >= 60), 60);
setImmediate(() => console.log('immediate'));
`;
    const expected = nodeOutput(code);
    const r = await evaluate((code) => window.harness.run(code, { clock: 'real' }).then((r) => ({
      stdout: r.stdout, exitCode: r.exitCode, runMs: r.timing.runMs,
      waited: r.events.some((e) => e.type === 'callback_start' && e.kind === 'timeout' && e.t_ns >= 60e6),
    })), code);
    check('real clock: timers fire after real time, output as node', r.stdout === expected.stdout && r.exitCode === 0 && r.waited && r.runMs >= 60, JSON.stringify(r));
  }

  // Stop, crashes, and the next run.
  if (!filter || 'stop'.includes(filter)) {
    const r = await evaluate(async () => {
      const p = window.harness.pg.run('let n = 0; while (true) { n++; }', {});
      await new Promise((res) => setTimeout(res, 500));
      const stopped = window.harness.pg.stop();
      const first = await p;
      const next = await window.harness.pg.run("console.log('after stop')", {});
      return { stopped, first: { stopped: first.stopped, exitCode: first.exitCode }, next: { stdout: next.stdout, exitCode: next.exitCode } };
    });
    check('stop during while(true){} ends the run', r.stopped && r.first.stopped && r.first.exitCode === null, JSON.stringify(r));
    check('a run after stop succeeds', r.next.stdout === 'after stop\n' && r.next.exitCode === 0, JSON.stringify(r));
  }
  if (!filter || 'crash'.includes(filter)) {
    for (const kind of ['panic', 'trap']) {
      const r = await evaluate(async (kind) => {
        let error = null;
        let reported = null;
        try {
          await window.harness.pg.run("console.log('x')", { crashTest: kind, onError: (m) => { reported = m; } });
        } catch (e) { error = String(e.message); }
        const next = await window.harness.pg.run("setTimeout(() => console.log('fine'), 1)", {});
        return { error, reported, next: { stdout: next.stdout, exitCode: next.exitCode } };
      }, kind);
      check(`a worker ${kind} becomes a readable error`, r.error && r.error.startsWith('loopscope:') && r.reported === r.error, JSON.stringify(r));
      check(`a run after a worker ${kind} succeeds`, r.next.stdout === 'fine\n' && r.next.exitCode === 0, JSON.stringify(r));
    }
    const bomb = await evaluate(async () => {
      let result = null;
      let error = null;
      try {
        const r = await window.harness.run("const a = []; while (true) a.push('x'.repeat(1 << 20) + a.length);", { maxHeapMb: 64 });
        result = { exitCode: r.exitCode, limit: r.limit };
      } catch (e) { error = String(e.message); }
      const next = await window.harness.run("console.log('alive')", {});
      return { result, error, next: next.stdout };
    });
    const stopped = (bomb.result && bomb.result.exitCode === 1 && bomb.result.limit && bomb.result.limit.name === 'heap')
      || (bomb.error && bomb.error.startsWith('loopscope: JavaScript heap out of memory'));
    check('a memory bomb ends at the heap limit with a readable message, and the next run works', stopped && bomb.next === 'alive\n', JSON.stringify(bomb));
    const budget = await evaluate(() => window.harness.run('while (true) {}', { maxInstructions: 2_000_000 }).then((r) => ({ exitCode: r.exitCode, limit: r.limit, stderr: r.stderr })));
    check('a budget overrun ends the run with a message', budget.exitCode === 1 && budget.limit && budget.limit.name === 'instructions' && budget.stderr.includes('loopscope:'), JSON.stringify(budget));
  }

  // Pause, step, resume.
  if (!filter || 'step'.includes(filter)) {
    const expected = nodeOutput(ordering);
    const r = await evaluate(async (code) => {
      const pg = window.harness.pg;
      const seen = [];
      let batches = 0;
      const states = [];
      const p = pg.run(code, { paused: true, onEvents: () => { batches++; }, onState: (s) => states.push(s) });
      const settle = () => new Promise((res) => setTimeout(res, 200));
      await settle();
      const before = batches;
      for (let i = 0; i < 3; i++) {
        pg.step();
        await settle();
        seen.push(batches);
      }
      pg.resume();
      const r = await p;
      return { before, seen, states, stdout: r.stdout, exitCode: r.exitCode };
    }, ordering);
    check('paused run does nothing until step', r.before === 0 && r.states[0] === 'paused', JSON.stringify(r));
    check('each step runs a callback', r.seen[0] >= 1 && r.seen[1] > r.seen[0] && r.seen[2] > r.seen[1], JSON.stringify(r));
    check('resume runs to the end with node\'s output', r.stdout === expected.stdout && r.exitCode === 0, JSON.stringify(r));
  }

  // Memory samples.
  if (!filter || 'memory'.includes(filter)) {
    const r = await evaluate(() => window.harness.run(`const keep = [];
setTimeout(() => { for (let i = 0; i < 4; i++) keep.push(Buffer.alloc(1 << 20)); }, 1);
setTimeout(() => console.log(keep.length), 2);`, {}).then((r) => ({
      memory: r.memory,
      samples: r.events.filter((e) => e.type === 'callback_end').map((e) => [e.heap_bytes, e.external_bytes, e.total_bytes]),
    })));
    const last = r.samples[r.samples.length - 1] || [];
    check('memory: every callback carries heap, external and wasm memory', r.samples.length >= 2 && r.samples.every((s) => s[0] > 0 && s[2] > 0), JSON.stringify(r.samples));
    check('memory: Buffers show as external bytes', last[1] >= 4 << 20 && r.memory.externalBytes >= 4 << 20 && r.memory.wasmBytes >= last[0], JSON.stringify(r));
  }

  // The conformance corpus.
  if (corpusFile && (!filter || 'corpus'.includes(filter) || filter.includes('/'))) {
    const cases = JSON.parse(fs.readFileSync(corpusFile, 'utf8')).filter((c) => !c.known_failure && (!filter.includes('/') || c.name.includes(filter)));
    const t0 = Date.now();
    const r = await evaluate((cases) => window.harness.corpus(cases), cases);
    for (const f of r.failures) check(`corpus ${f.name}`, false, JSON.stringify(f).slice(0, 1200));
    check(`corpus: ${r.passed}/${cases.length} snippets print what node prints (${((Date.now() - t0) / 1000).toFixed(1)} s)`, r.passed === cases.length);
  }
  exitCode = failed === 0 ? 0 : 1;
  console.log(failed === 0 ? 'browser tests: all passed' : `browser tests: ${failed} failed`);
} catch (e) {
  console.error(`browser tests: ${e.stack || e}`);
} finally {
  await browser.close();
  pkgServer.close();
  pageServer.close();
}
process.exit(exitCode);
