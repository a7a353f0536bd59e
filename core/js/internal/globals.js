// internal/globals — web-platform globals Node has and boa does not: performance here; Event,
// CustomEvent, EventTarget, AbortController and AbortSignal in internal/event_target;
// TextEncoder/TextDecoder, URL/URLSearchParams, structuredClone, DOMException and atob/btoa in
// internal/web_globals; fetch in internal/fetch. Those modules load the first time a program
// touches one of their globals (the browser package embeds only the boot modules). Installed on
// globalThis when loaded.
'use strict';

function defineGlobal(name, value) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
}

// --- performance ----------------------------------------------------------------------------
const timeOrigin = binding.wallMs() - binding.performanceNow();
// The timeline (marks, measures, observers) lives in internal/perf_timeline, loaded on use.
const timeline = () => require('internal/perf_timeline');
const performance = {
  now: () => binding.performanceNow(),
  get timeOrigin() { return timeOrigin; },
  mark(...args) { return timeline().mark(...args); },
  measure(...args) { return timeline().measure(...args); },
  getEntries() { return timeline().getEntries(); },
  getEntriesByName(...args) { return timeline().getEntriesByName(...args); },
  getEntriesByType(...args) { return timeline().getEntriesByType(...args); },
  clearMarks(name) { timeline().clearMarks(name); },
  clearMeasures(name) { timeline().clearMeasures(name); },
  clearResourceTimings() {},
  toJSON() { return { timeOrigin }; },
  get [Symbol.toStringTag]() { return 'Performance'; },
};

defineGlobal('performance', performance);

// Globals whose module loads when one of them is first read, as accessors (they stay accessors:
// replacing one by a data property confuses boa's cached global lookups; node has some of them
// as data properties: Event, CustomEvent, EventTarget, URL and URLSearchParams).
// (require caches the module.)
function defineLazyGlobals(names, id, enumerable = () => false) {
  for (const name of names) {
    let value;
    let set = false;
    Object.defineProperty(globalThis, name, {
      get: { [`get ${name}`]() { return set ? value : require(id)[name]; } }[`get ${name}`],
      set: { [`set ${name}`](v) { set = true; value = v; } }[`set ${name}`],
      enumerable: enumerable(name), configurable: true,
    });
  }
}
defineLazyGlobals(['Event', 'CustomEvent', 'EventTarget', 'AbortController', 'AbortSignal'],
  'internal/event_target');

// The globals of internal/web_globals; atob and btoa are enumerable, as in node.
defineLazyGlobals(['DOMException', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'URL',
  'URLSearchParams'], 'internal/web_globals', (name) => name === 'atob' || name === 'btoa');
// A data property, as in node; the algorithm loads with the rest.
Object.defineProperty(globalThis, 'structuredClone', {
  value: function structuredClone(value, options) {
    return Reflect.apply(require('internal/web_globals').structuredClone, undefined, arguments);
  },
  writable: true, enumerable: true, configurable: true,
});

// fetch and its classes load internal/fetch on first use, like node's lazy undici.
const lazyFetch = () => require('internal/fetch');
Object.defineProperty(globalThis, 'fetch', {
  value: function fetch(input, init = undefined) { return lazyFetch().fetch(input, init); },
  writable: true, enumerable: true, configurable: true,
});
for (const name of ['Headers', 'Request', 'Response']) {
  let value;
  Object.defineProperty(globalThis, name, {
    get: { [`get ${name}`]() { return value === undefined ? lazyFetch()[name] : value; } }[`get ${name}`],
    set: { [`set ${name}`](v) { value = v; } }[`set ${name}`],
    enumerable: false, configurable: true,
  });
}

// Web Crypto: the global `crypto` (a getter only, enumerable, as in node) and its classes.
Object.defineProperty(globalThis, 'crypto', {
  get: { 'get crypto'() { return require('internal/webcrypto').crypto; } }['get crypto'],
  enumerable: true, configurable: true,
});
defineLazyGlobals(['Crypto', 'SubtleCrypto'], 'internal/webcrypto');

module.exports = { performance };
