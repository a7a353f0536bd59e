// loopscope — the page side of `Playground` (wrapped by web/src/playground.rs).
//
// Owns the runtime Web Worker: a run gets a fresh worker (fresh memory, nothing left over from
// the last program); the next worker is started in the background as soon as the previous run
// is settled, so `run()` usually finds one ready. Workers start from a blob URL whose module
// imports this package's JavaScript by absolute URL: the package can be served from another
// origin (a CDN), and no SharedArrayBuffer or cross-origin isolation is needed.

// This file is emitted by wasm-bindgen at `snippets/<crate>-<hash>/js/controller.js`; the
// package's entry module is three directories up.
function defaultModuleUrl() {
  return new URL('../../../loopscope_web.js', import.meta.url).href;
}

function bootSource(moduleUrl) {
  return `import * as m from ${JSON.stringify(moduleUrl)};
self.onmessage = (e) => {
  self.onmessage = null;
  try {
    m.initSync({ module: e.data.module });
    m.__loopscope_worker_main(e.data);
  } catch (err) {
    self.postMessage({ type: 'error', message: 'loopscope: the worker could not start: ' + (err && err.message || err) });
  }
};
`;
}

function describeCrash(message) {
  const m = String(message || 'the worker stopped');
  if (/unreachable|out of memory|memory access out of bounds|Maximum call stack/i.test(m)) {
    return `loopscope: the runtime crashed (${m}); the program probably ran out of memory or stack`;
  }
  return `loopscope: the runtime worker failed: ${m}`;
}

export class Controller {
  constructor(module, options) {
    this.module = module;
    this.options = Object.assign({}, options || {});
    this.moduleUrl = this.options.moduleUrl || defaultModuleUrl();
    delete this.options.moduleUrl;
    this.boot = bootSource(this.moduleUrl);
    this.bootUrl = URL.createObjectURL(new Blob([this.boot], { type: 'text/javascript' }));
    this.spare = null;
    // The module bundle's text once a worker fetched it (see the 'modules' message).
    this.modulesText = null;
    this.current = null;
    this.runs = 0;
    this._warm();
  }

  _spawn() {
    const worker = new Worker(this.bootUrl, { type: 'module', name: 'loopscope-runtime' });
    const started = performance.now();
    const entry = { worker, readyAt: null, error: null };
    entry.ready = new Promise((resolve) => {
      worker.onmessage = (e) => {
        const msg = e.data;
        if (msg && msg.type === 'ready') {
          entry.readyAt = performance.now();
          entry.startupMs = entry.readyAt - started;
          resolve(entry);
        } else if (msg && msg.type === 'error') {
          entry.error = msg.message;
          resolve(entry);
        }
      };
      worker.onerror = (e) => {
        e.preventDefault && e.preventDefault();
        entry.error = describeCrash(e.message);
        resolve(entry);
      };
    });
    worker.postMessage({
      role: 'runtime',
      module: this.module,
      bootSource: this.boot,
      modulesUrl: new URL('loopscope_modules.json', this.moduleUrl).href,
      modulesText: this.modulesText,
    });
    return entry;
  }

  _warm() {
    if (!this.spare) this.spare = this._spawn();
  }

  /** Runs `code`; resolves with { stdout, stderr, exitCode, limit, events, stopped, timing }. */
  async run(code, runOptions) {
    if (this.current) this.stop();
    const opts = Object.assign({}, this.options, runOptions || {});
    const { onEvents, onRawEvents, onOutput, onState, onError, keepEvents } = opts;
    for (const k of ['onEvents', 'onRawEvents', 'onOutput', 'onState', 'onError', 'keepEvents']) delete opts[k];
    let entry = this.spare || this._spawn();
    this.spare = null;
    const id = ++this.runs;
    const run = {
      id, entry, events: [], stdout: '', stderr: '', memory: null, state: 'starting',
      onEvents, onRawEvents, onOutput, onState, onError, keep: keepEvents !== false, queued: [],
    };
    this.current = run;
    run.promise = new Promise((resolve, reject) => { run.resolve = resolve; run.reject = reject; });
    await entry.ready;
    if (this.current !== run) return run.promise; // stopped while the worker started
    if (entry.error) {
      entry.worker.terminate();
      // One retry on a fresh worker before reporting.
      entry = run.entry = this._spawn();
      await entry.ready;
      if (this.current !== run) return run.promise;
      if (entry.error) {
        this._fail(run, entry.error);
        return run.promise;
      }
    }
    run.readyAt = performance.now();
    const w = entry.worker;
    w.onmessage = (e) => this._onMessage(run, e.data);
    w.onerror = (e) => {
      e.preventDefault && e.preventDefault();
      this._fail(run, describeCrash(e.message));
    };
    w.postMessage({ type: 'run', code: String(code), options: JSON.stringify(opts) });
    for (const type of run.queued) w.postMessage({ type });
    run.queued = [];
    return run.promise;
  }

  _onMessage(run, msg) {
    if (this.current !== run || !msg) return;
    switch (msg.type) {
      case 'batch': {
        // Parse only for whoever wants objects; onRawEvents gets the JSON text as it came.
        const events = msg.events && (run.keep || run.onEvents) ? JSON.parse(msg.events) : [];
        if (run.keep) for (const e of events) run.events.push(e);
        run.stdout += msg.stdout || '';
        run.stderr += msg.stderr || '';
        run.memory = msg.memory || run.memory;
        if (run.onOutput && (msg.stdout || msg.stderr)) run.onOutput({ stdout: msg.stdout || '', stderr: msg.stderr || '' });
        if (run.onEvents) run.onEvents(events, { stdout: msg.stdout || '', stderr: msg.stderr || '', memory: msg.memory });
        if (run.onRawEvents) run.onRawEvents(msg.events || '[]', { stdout: msg.stdout || '', stderr: msg.stderr || '', memory: msg.memory });
        break;
      }
      case 'state':
        run.state = msg.state;
        if (run.onState) run.onState(msg.state);
        break;
      case 'done':
        this._settle(run, {
          stdout: run.stdout, stderr: run.stderr, exitCode: msg.exitCode, limit: msg.limit || null,
          events: run.events, memory: run.memory, stopped: false, error: null,
          timing: { startupMs: run.entry.startupMs, runMs: performance.now() - run.readyAt },
        });
        break;
      case 'error':
        this._fail(run, msg.message);
        break;
      case 'modules':
        // The worker fetched the module bundle: later workers get the text instead of fetching.
        if (typeof msg.text === 'string' && this.modulesText === null) {
          this.modulesText = msg.text;
          if (this.spare) this.spare.worker.postMessage({ type: 'modules', text: msg.text });
        }
        break;
      default:
        break;
    }
  }

  _fail(run, message) {
    if (run.settled) return;
    run.settled = true;
    if (run.onError) {
      try { run.onError(message); } catch (_) { /* the page's handler */ }
    }
    const err = new Error(message);
    err.stdout = run.stdout;
    err.stderr = run.stderr;
    err.events = run.events;
    this._retire(run);
    run.reject(err);
  }

  _settle(run, result) {
    if (run.settled) return;
    run.settled = true;
    this._retire(run);
    run.resolve(result);
  }

  _retire(run) {
    run.entry.worker.terminate();
    if (this.current === run) this.current = null;
    this._warm();
  }

  /** Stops the current run at once (terminates its worker); its promise resolves with `stopped: true`. */
  stop() {
    const run = this.current;
    if (!run) return false;
    this._settle(run, {
      stdout: run.stdout, stderr: run.stderr, exitCode: null, limit: null, events: run.events,
      memory: run.memory, stopped: true, error: null,
      timing: { startupMs: run.entry.startupMs, runMs: run.readyAt ? performance.now() - run.readyAt : 0 },
    });
    return true;
  }

  _send(type) {
    const run = this.current;
    if (!run) return false;
    if (!run.readyAt) run.queued.push(type);
    else run.entry.worker.postMessage({ type });
    return true;
  }

  pause() { return this._send('pause'); }
  resume() { return this._send('resume'); }
  step() { return this._send('step'); }

  get running() { return this.current !== null; }

  /** Ends everything (the spare worker too). */
  dispose() {
    this.stop();
    if (this.spare) { this.spare.worker.terminate(); this.spare = null; }
    URL.revokeObjectURL(this.bootUrl);
  }
}
