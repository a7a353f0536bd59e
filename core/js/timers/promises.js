// timers/promises — promise versions of setTimeout/setImmediate and the setInterval async
// iterator (lib/timers/promises.js behaviour, including AbortSignal and `ref` options).
'use strict';

const t = require('internal/timers');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
  validateObject,
  validateBoolean,
  validateAbortSignal,
} = require('internal/errors');

function checkOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function cancelled(signal) {
  return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
}

function setTimeout(after, value, options = {}) {
  let opts;
  try {
    if (after !== undefined && typeof after !== 'number') {
      // Node coerces like the callback API.
    }
    opts = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return cancelled(signal);
  let onCancel;
  const p = new Promise((resolve, reject) => {
    const timeout = t.setTimeout(() => {
      if (signal) signal.removeEventListener('abort', onCancel);
      resolve(value);
    }, after);
    if (!ref) timeout.unref();
    if (signal) {
      onCancel = () => {
        t.clearTimeout(timeout);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
  });
  return p;
}

function setImmediate(value, options = {}) {
  let opts;
  try {
    opts = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return cancelled(signal);
  let onCancel;
  return new Promise((resolve, reject) => {
    const immediate = t.setImmediate(() => {
      if (signal) signal.removeEventListener('abort', onCancel);
      resolve(value);
    });
    if (!ref) immediate.unref();
    if (signal) {
      onCancel = () => {
        t.clearImmediate(immediate);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
  });
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = t.setInterval(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onCancel = () => {
        t.clearInterval(interval);
        if (callback) {
          callback(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!(signal && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => { callback = resolve; });
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal && signal.reason });
  } finally {
    t.clearInterval(interval);
    if (signal) signal.removeEventListener('abort', onCancel);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
void ERR_INVALID_ARG_TYPE;
