// internal/console — the global console (lib/internal/console/constructor.js behaviour):
// log/info/debug to stdout, warn/error/trace to stderr, dir, table, group indentation,
// count, time, assert. Output goes through process.stdout/stderr.write.
'use strict';

const lazyInspect = () => require('internal/inspect');
const inspect = (value, options) => lazyInspect().inspect(value, options);

// util.format's text of a primitive other than a string or symbol (formatNumber and
// formatPrimitive in node's lib/internal/util/inspect.js), or undefined for any other value.
function primitiveText(v) {
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? '-0' : `${v}`;
    case 'bigint': return `${v}n`;
    case 'boolean': return `${v}`;
    case 'undefined': return 'undefined';
    case 'object': return v === null ? 'null' : undefined;
    default: return undefined;
  }
}

// formatWithOptions({}, ...args), with the common case done here so that internal/inspect loads
// only for an object, function or symbol to format or a first string with placeholders.
function formatArgs(args) {
  const first = args[0];
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    if (first.includes('%')) return lazyInspect().formatWithOptions({}, ...args);
  }
  let str = '';
  for (let i = 0; i < args.length; i++) {
    const v = args[i];
    const text = typeof v === 'string' ? v : primitiveText(v);
    if (text === undefined) return lazyInspect().formatWithOptions({}, ...args);
    str += i === 0 ? text : ` ${text}`;
  }
  return str;
}

const kGroupIndentationWidth = 2;

class Console {
  constructor(stdout, stderr) {
    this._stdout = stdout;
    this._stderr = stderr;
    this._groupIndent = '';
    this._counts = new Map();
    this._timers = new Map();
    // Bind every method so `const { log } = console` works, as in Node.
    for (const key of Object.getOwnPropertyNames(Console.prototype)) {
      if (key === 'constructor' || key.startsWith('_')) continue;
      const fn = this[key];
      Object.defineProperty(this, key, { value: fn.bind(this), writable: true, enumerable: true, configurable: true });
      Object.defineProperty(this[key], 'name', { value: key });
    }
  }

  _write(stream, string) {
    if (this._groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${this._groupIndent}`);
      string = this._groupIndent + string;
    }
    (stream === 2 ? this._stderr() : this._stdout()).write(`${string}\n`);
  }

  log(...args) { this._write(1, formatArgs(args)); }

  info(...args) { this._write(1, formatArgs(args)); }

  debug(...args) { this._write(1, formatArgs(args)); }

  warn(...args) { this._write(2, formatArgs(args)); }

  error(...args) { this._write(2, formatArgs(args)); }

  dir(object, options) {
    this._write(1, inspect(object, { customInspect: false, ...options }));
  }

  dirxml(...args) { this.log(...args); }

  trace(...args) {
    const err = { name: 'Trace', message: formatArgs(args) };
    Error.captureStackTrace(err);
    this._write(2, err.stack);
  }

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  }

  count(label = 'default') {
    label = `${label}`;
    let n = this._counts.get(label);
    n = n === undefined ? 1 : n + 1;
    this._counts.set(label, n);
    this.log(`${label}: ${n}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this._counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this._counts.delete(label);
  }

  group(...data) {
    if (data.length > 0) this.log(...data);
    this._groupIndent += ' '.repeat(kGroupIndentationWidth);
  }

  groupCollapsed(...data) { this.group(...data); }

  groupEnd() {
    this._groupIndent = this._groupIndent.slice(0, this._groupIndent.length - kGroupIndentationWidth);
  }

  time(label = 'default') {
    label = `${label}`;
    if (this._timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._timers.set(label, performance.now());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this._timeLogImpl('timeEnd', label, [])) this._timers.delete(label);
  }

  timeLog(label = 'default', ...data) {
    this._timeLogImpl('timeLog', `${label}`, data);
  }

  _timeLogImpl(name, label, data) {
    const start = this._timers.get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const ms = performance.now() - start;
    let text;
    if (ms >= 1000) {
      if (ms >= 60000) {
        if (ms >= 3600000) text = `${(ms / 3600000).toFixed(3)}h`;
        else text = `${(ms / 60000).toFixed(3)}min`;
      } else {
        text = `${(ms / 1000).toFixed(3)}s`;
      }
    } else {
      text = `${Number(ms.toFixed(3))}ms`;
    }
    if (data.length > 0) this.log('%s: %s', label, text, ...data);
    else this.log('%s: %s', label, text);
    return true;
  }

  table(tabularData, properties) {
    // The table renderer loads on first use (internal/console_table).
    return require('internal/console_table').table(this, tabularData, properties);
  }
}

const globalConsole = new Console(() => process.stdout, () => process.stderr);
globalConsole.Console = Console;
module.exports = globalConsole;
