// loopscope embed: one script tag, then <loop-scope> elements anywhere on the page.
//
//   <script type="module" src="https://HOST/loopscope/embed.js"></script>
//   <loop-scope height="360" threadpool="4" clock="virtual" latency="1" theme="dark" autorun>
//     setTimeout(() => console.log('timeout'), 0);
//     setImmediate(() => console.log('immediate'));
//   </loop-scope>
//
// Each element becomes an <iframe> (in its shadow root) showing the playground that sits next to
// this file, opened on the element's code. The code is the element's text, with the common
// indentation and the leading/trailing blank lines removed. Code containing "<" followed by a
// letter (which HTML would read as a tag) can be written as "&lt;" or put inside a
// <script type="text/plain"> child, whose text is then used as is.
//
// Attributes (all optional): height (px, or any CSS length; default 380), autorun, threadpool=N,
// clock=virtual|real, latency=MS, theme=light|dark. Changing an attribute or the text later
// updates the iframe. No dependencies, no special server headers: it works from any origin.

const DEFAULT_HEIGHT = 380;
const PLAYGROUND = new URL('./', import.meta.url).href;

/** Base64url (RFC 4648 §5, no padding) of the UTF-8 bytes of `text`. */
export function base64url(text) {
  const bytes = new TextEncoder().encode(String(text));
  let binary = '';
  // In chunks: String.fromCharCode.apply with a huge array would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Removes leading/trailing blank lines and the indentation common to all non-blank lines. */
export function dedent(text) {
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  const blank = (l) => /^[ \t]*$/.test(l);
  while (lines.length && blank(lines[0])) lines.shift();
  while (lines.length && blank(lines[lines.length - 1])) lines.pop();
  let prefix = null;
  for (const line of lines) {
    if (blank(line)) continue;
    const indent = /^[ \t]*/.exec(line)[0];
    if (prefix === null) prefix = indent;
    else {
      let i = 0;
      while (i < prefix.length && i < indent.length && prefix[i] === indent[i]) i++;
      prefix = prefix.slice(0, i);
    }
    if (prefix === '') break;
  }
  const cut = prefix ? prefix.length : 0;
  return lines.map((l) => (blank(l) ? '' : l.slice(cut))).join('\n');
}

/**
 * The playground URL that opens `code`.
 * @param {string|URL} base the playground page (e.g. "https://HOST/loopscope/")
 * @param {string} code
 * @param {{ embed?: boolean, run?: boolean, threadpool?: number|string, clock?: 'virtual'|'real',
 *           latency?: number|string, theme?: 'light'|'dark' }} [opts] embed defaults to true
 * @returns {string}
 */
export function codeUrl(base, code, opts = {}) {
  let url = String(base).replace(/#.*$/, '');
  const parts = [`code=${base64url(code)}`];
  if (opts.embed !== false) parts.push('embed');
  if (opts.run) parts.push('run');
  const pool = Number(opts.threadpool);
  if (opts.threadpool != null && opts.threadpool !== '' && Number.isInteger(pool) && pool > 0) parts.push(`threadpool=${pool}`);
  if (opts.clock === 'virtual' || opts.clock === 'real') parts.push(`clock=${opts.clock}`);
  const latency = Number(opts.latency);
  if (opts.latency != null && opts.latency !== '' && Number.isFinite(latency) && latency >= 0) parts.push(`latency=${latency}`);
  if (opts.theme === 'light' || opts.theme === 'dark') parts.push(`theme=${opts.theme}`);
  url += url.includes('?') ? (/[?&]$/.test(url) ? '' : '&') : '?';
  return url + parts.join('&');
}

// ---------------------------------------------------------------------------------------------
// <loop-scope>

const ATTRIBUTES = ['height', 'autorun', 'threadpool', 'clock', 'latency', 'theme'];

function cssHeight(value) {
  if (value == null || value.trim() === '') return `${DEFAULT_HEIGHT}px`;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return `${v}px`;
  return CSS.supports('height', v) ? v : `${DEFAULT_HEIGHT}px`;
}

const Base = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

class LoopScopeElement extends Base {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  constructor() {
    super();
    this._iframe = null;
    this._observer = null;
  }

  /** The code: a <script type="text/plain"> child's text if there is one, else the text. */
  get code() {
    const raw = this.querySelector(':scope > script[type="text/plain"]');
    return dedent(raw ? raw.textContent : this.textContent);
  }

  connectedCallback() {
    // When this script was already loaded as the parser meets the element, the element is
    // connected before its text is parsed: watch the text, and render again whenever it changes.
    if (!this._observer) {
      this._observer = new MutationObserver(() => this._render());
      this._observer.observe(this, { childList: true, characterData: true, subtree: true });
    }
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this._render(), { once: true });
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._observer) this._observer.disconnect();
    this._observer = null;
  }

  attributeChangedCallback() {
    if (this._iframe) this._render();
  }

  _render() {
    // While the page is still being parsed the text may be incomplete: DOMContentLoaded renders.
    if (!this.isConnected || document.readyState === 'loading') return;
    if (!this._iframe) {
      const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent =
        ':host{display:block;margin:1em 0}' +
        ':host([hidden]){display:none}' +
        'iframe{display:block;box-sizing:border-box;width:100%;border:1px solid #d0d7de;border-radius:8px;background:transparent}';
      const iframe = document.createElement('iframe');
      iframe.setAttribute('loading', 'lazy');
      iframe.title = 'loopscope: run Node.js code';
      root.replaceChildren(style, iframe);
      this._iframe = iframe;
    }
    const iframe = this._iframe;
    iframe.style.height = cssHeight(this.getAttribute('height'));
    const src = codeUrl(PLAYGROUND, this.code, {
      run: this.hasAttribute('autorun'),
      threadpool: this.getAttribute('threadpool'),
      clock: this.getAttribute('clock'),
      latency: this.getAttribute('latency'),
      theme: this.getAttribute('theme'),
    });
    // Only a real change reloads the playground.
    if (iframe.getAttribute('src') !== src) iframe.setAttribute('src', src);
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('loop-scope')) {
  customElements.define('loop-scope', LoopScopeElement);
}
