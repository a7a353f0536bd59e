// loopscope — the playground UI's bridge (wrapped by web/src/ui.rs) to the two parts of the
// site it loads at run time by URL: the runtime package (`pkg/loopscope_web.js`, the same
// package docs sites embed) and the CodeMirror editor bundle (`editor.js`, built by esbuild).
// Keeping them separate files keeps the UI's own wasm small and lets the browser cache each.

function resolve(url) {
  return new URL(url, document.baseURI).href;
}

/** Loads the runtime package and makes a Playground; resolves with a RuntimeHandle. */
export async function loadRuntime(url) {
  const moduleUrl = resolve(url);
  const m = await import(moduleUrl);
  await m.default();
  return new RuntimeHandle(new m.Playground({ moduleUrl }));
}

export class RuntimeHandle {
  constructor(pg) {
    this.pg = pg;
  }

  /**
   * Runs `code` with the JSON run options; `onBatch(eventsJson, stdout, stderr)` gets every
   * batch of trace events as the JSON text the worker sent (the UI parses it in Rust), and
   * `onState(state)` the worker's state. Resolves with a JSON summary of the result.
   */
  run(code, optionsJson, onBatch, onState) {
    const opts = JSON.parse(optionsJson);
    opts.keepEvents = false;
    opts.onRawEvents = (json, b) => onBatch(json, b.stdout || '', b.stderr || '');
    opts.onState = (s) => onState(String(s));
    return this.pg.run(code, opts).then(
      (r) => JSON.stringify({ exitCode: r.exitCode, limit: r.limit, stopped: r.stopped, timing: r.timing }),
      (e) => JSON.stringify({ error: String((e && e.message) || e) }),
    );
  }

  stop() { return this.pg.stop(); }
  pause() { return this.pg.pause(); }
  resume() { return this.pg.resume(); }
  step() { return this.pg.step(); }
}

// A plain textarea with the editor's API, used when the editor bundle cannot load.
function fallbackEditor(parent, doc, onRun, onChange) {
  const ta = document.createElement('textarea');
  ta.value = doc;
  ta.spellcheck = false;
  ta.setAttribute('aria-label', 'Code editor');
  ta.className = 'fallback-editor';
  ta.addEventListener('input', () => onChange(ta.value));
  ta.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); onRun(); }
  });
  parent.appendChild(ta);
  return {
    getDoc: () => ta.value,
    setDoc: (t) => { ta.value = t; },
    highlight: () => {},
    setErrors: () => {},
    setDark: () => {},
    focus: () => ta.focus(),
  };
}

/** Loads the editor bundle and creates an editor in `parent`; resolves with its handle. */
export async function loadEditor(url, parent, doc, dark, onRun, onChange) {
  try {
    const m = await import(resolve(url));
    return m.createEditor(parent, { doc, dark, onRun: () => onRun(), onChange: (t) => onChange(t) });
  } catch (e) {
    console.warn('loopscope: the editor did not load, using a plain text area:', e);
    return fallbackEditor(parent, doc, onRun, onChange);
  }
}

export function editorGetDoc(ed) { return ed ? ed.getDoc() : ''; }
export function editorSetDoc(ed, text) { if (ed) ed.setDoc(text); }
export function editorSetDark(ed, dark) { if (ed) ed.setDark(dark); }
export function editorFocus(ed) { if (ed) ed.focus(); }
/** `scheduled`: 1-based line or 0 for none; `ran`: 1-based lines. */
export function editorHighlight(ed, scheduled, ran) {
  if (ed) ed.highlight(scheduled > 0 ? scheduled : null, Array.from(ran));
}
/** `json`: `[{line, col, message}]`. */
export function editorSetErrors(ed, json) { if (ed) ed.setErrors(JSON.parse(json)); }

/** Copies text to the clipboard; resolves with whether it worked. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (_) { ok = false; }
    ta.remove();
    return ok;
  }
}
