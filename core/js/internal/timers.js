// internal/timers — the Timeout and Immediate classes and setTimeout/setInterval/setImmediate
// with Node's argument handling (lib/timers.js, lib/internal/timers.js). Scheduling itself lives
// in the Rust loop (binding.timerStart / immediateStart); these objects mirror Node's shape.
'use strict';

const { codes: { ERR_OUT_OF_RANGE }, validateFunction } = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kId = Symbol('timerId');
const kHasPrimitive = Symbol('kHasPrimitive');
const knownTimersById = new Map();
const toPrimitive = Symbol.toPrimitive;

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kId] = binding.timerStart(this, callback, args, after, isRepeat, isRefed);
    this._idleStart = binding.loopNow();
  }

  refresh() {
    if (typeof this._onTimeout !== 'function') return this;
    if (!binding.timerRefresh(this[kId])) {
      // Already fired (or never armed): Node re-activates the timer.
      this[kId] = binding.timerStart(this, this._onTimeout, this._timerArgs, this._idleTimeout,
        this._repeat !== null, this[kRefed]);
      this._destroyed = false;
    }
    this._idleStart = binding.loopNow();
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) binding.timerRef(this[kId], false);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) binding.timerRef(this[kId], true);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [toPrimitive]() {
    const id = this[kId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(id, this);
    }
    return id;
  }
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    args = n === 3 ? [arg1] : n === 4 ? [arg1, arg2] : [arg1, arg2, arg3];
    for (let i = 5; i < n; i++) args.push(arguments[i]);
  }
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    args = n === 3 ? [arg1] : n === 4 ? [arg1, arg2] : [arg1, arg2, arg3];
    for (let i = 5; i < n; i++) args.push(arguments[i]);
  }
  return new Timeout(callback, repeat, args, true, true);
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) knownTimersById.delete(timer[kId]);
  binding.timerClear(timer[kId]);
  timer._idleTimeout = -1;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById.get(+timer);
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

function clearInterval(timer) {
  clearTimeout(timer);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[kId] = binding.immediateStart(this, callback, args, true);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      binding.immediateRef(this[kId], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      binding.immediateRef(this[kId], false);
    }
    return this;
  }

  hasRef() {
    // The loop owns the queue: false once the immediate ran or was cleared.
    return binding.immediateHasRef(this[kId]);
  }
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 1) {
    args = n === 2 ? [arg1] : n === 3 ? [arg1, arg2] : [arg1, arg2, arg3];
    for (let i = 4; i < n; i++) args.push(arguments[i]);
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  binding.immediateClear(immediate[kId]);
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

module.exports = {
  Timeout, Immediate, setTimeout, setInterval, clearTimeout, clearInterval, setImmediate,
  clearImmediate, TIMEOUT_MAX, kRefed, ERR_OUT_OF_RANGE,
};
