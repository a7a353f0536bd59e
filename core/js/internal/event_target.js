// internal/event_target — Event, CustomEvent, EventTarget, AbortController and AbortSignal,
// loaded the first time a program reads one of those globals (internal/globals installs them as
// accessors) or requires a module that uses them.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// --- Event / EventTarget --------------------------------------------------------------------
const kStop = Symbol('stop');
class Event {
  #type;
  #cancelable;
  #defaultPrevented = false;
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_INVALID_ARG_TYPE('type', 'string', undefined);
    this.#type = `${type}`;
    this.#cancelable = !!(options && options.cancelable);
    this.bubbles = !!(options && options.bubbles);
    this.composed = !!(options && options.composed);
    this.timeStamp = performance.now();
    this.target = null;
    this.currentTarget = null;
    this[kStop] = false;
  }
  get type() { return this.#type; }
  get cancelable() { return this.#cancelable; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  preventDefault() { this.#defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() { this[kStop] = true; }
  get [Symbol.toStringTag]() { return 'Event'; }
}

class CustomEvent extends Event {
  #detail;
  constructor(type, options = {}) {
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() { return this.#detail; }
}

const kListeners = Symbol.for('loopscope.eventTargetListeners');
class EventTarget {
  constructor() { this[kListeners] = new Map(); }
  addEventListener(type, listener, options = {}) {
    if (listener === null || listener === undefined) return;
    const once = typeof options === 'object' && options !== null && !!options.once;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    let list = this[kListeners].get(type);
    if (!list) { list = []; this[kListeners].set(type, list); }
    if (list.some((l) => l.listener === listener)) return;
    const entry = { listener, once };
    list.push(entry);
    if (signal) signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
  }
  removeEventListener(type, listener) {
    const list = this[kListeners].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i !== -1) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const list = this[kListeners].get(event.type);
    event.target = this;
    event.currentTarget = this;
    if (list) {
      for (const entry of list.slice()) {
        if (entry.once) this.removeEventListener(event.type, entry.listener);
        try {
          if (typeof entry.listener === 'function') entry.listener.call(this, event);
          else if (entry.listener && typeof entry.listener.handleEvent === 'function') entry.listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    const handler = this[`on${event.type}`];
    if (typeof handler === 'function' && !event[kStop]) handler.call(this, event);
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}

// --- AbortController / AbortSignal ----------------------------------------------------------
// (This runs only once an abort happens.)
function domAbortError(message = 'This operation was aborted') {
  const { DOMException } = require('internal/web_globals');
  return new DOMException(message, 'AbortError');
}

const kAborted = Symbol('aborted');
const kReason = Symbol('reason');
class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kAborted) throw new TypeError('Illegal constructor');
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  throwIfAborted() { if (this[kAborted]) throw this[kReason]; }
  static abort(reason = domAbortError()) {
    const s = new AbortSignal(kAborted);
    s[kAborted] = true;
    s[kReason] = reason;
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal(kAborted);
    const t = setTimeout(() => abortSignal(s, (() => { const e = new Error('The operation was aborted due to timeout'); e.name = 'TimeoutError'; e.code = 23; return e; })()), ms);
    t.unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kAborted);
    for (const sig of signals) {
      if (sig.aborted) { abortSignal(s, sig.reason); return s; }
    }
    for (const sig of signals) sig.addEventListener('abort', () => abortSignal(s, sig.reason), { once: true });
    return s;
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  #signal = new AbortSignal(kAborted);
  get signal() { return this.#signal; }
  abort(reason = domAbortError()) { abortSignal(this.#signal, reason); }
  get [Symbol.toStringTag]() { return 'AbortController'; }
}

module.exports = { Event, CustomEvent, EventTarget, AbortController, AbortSignal };
