// path — owns the POSIX `path` module (resolve/normalize/join/relative/dirname/
// basename/extname/format/parse/...).  `path.win32` is NOT implemented: it is
// an alias of the POSIX object (loopscope only targets POSIX hosts).
'use strict';

const { validateObject, validateString } = require('internal/errors');

const SLASH = 47; /* / */
const DOT = 46; /* . */

function posixCwd() {
  return process.cwd();
}

// Collapses "." / ".." / empty segments.  `allowAboveRoot` keeps leading ".."
// segments (relative paths); for absolute paths they are dropped.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function resolve(...args) {
  let resolvedPath = '';
  let resolvedAbsolute = false;

  // Walk right to left until an absolute path has been assembled; the cwd is
  // the implicit left-most entry.  Arguments left of an absolute one are never
  // looked at (nor validated), as in Node.
  for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
    const path = i >= 0 ? args[i] : posixCwd();
    validateString(path, `paths[${i}]`);
    if (path.length === 0) continue;
    resolvedPath = `${path}/${resolvedPath}`;
    resolvedAbsolute = path.charCodeAt(0) === SLASH;
  }

  resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute);
  if (resolvedAbsolute) return `/${resolvedPath}`;
  return resolvedPath.length > 0 ? resolvedPath : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';

  const absolute = path.charCodeAt(0) === SLASH;
  const trailingSeparator = path.charCodeAt(path.length - 1) === SLASH;

  let out = normalizeSegments(path, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailingSeparator ? './' : '.';
  }
  if (trailingSeparator) out += '/';
  return absolute ? `/${out}` : out;
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (let i = 0; i < args.length; ++i) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');

  if (from === to) return '';

  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';

  // Both are now normalized absolute paths: compare segment lists.
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let common = 0;
  const max = Math.min(fromParts.length, toParts.length);
  while (common < max && fromParts[common] === toParts[common]) common++;

  const up = [];
  for (let i = common; i < fromParts.length; i++) up.push('..');
  return up.concat(toParts.slice(common)).join('/');
}

function toNamespacedPath(path) {
  // Non-op on POSIX systems.
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === SLASH;
  // Skip trailing slashes, then the last segment, and stop at the slash run
  // preceding it (index 0 is never considered as a cut point).
  let end = -1;
  let sawNonSlash = false;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === SLASH) {
      if (sawNonSlash) {
        end = i;
        break;
      }
    } else {
      sawNonSlash = true;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

// Last path segment, ignoring trailing slashes.
function lastSegment(path) {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === SLASH) end--;
  let start = end;
  while (start > 0 && path.charCodeAt(start - 1) !== SLASH) start--;
  return path.slice(start, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');

  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return lastSegment(path);
  }
  if (suffix === path) return '';

  // Single backwards scan matching the suffix against the tail of the last
  // segment.  Its edge cases are observable (e.g. basename('/', 's') === '/',
  // basename('b/', 'ab') === 'b/'), so they are reproduced deliberately.
  let start = 0;
  let end = -1;
  let segEnd = -1; // one past the last non-slash character
  let suffixIdx = suffix.length - 1;
  for (let i = path.length - 1; i >= 0; --i) {
    const code = path.charCodeAt(i);
    if (code === SLASH) {
      if (segEnd !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (segEnd === -1) segEnd = i + 1;
    if (suffixIdx >= 0) {
      if (code === suffix.charCodeAt(suffixIdx)) {
        suffixIdx--;
        if (suffixIdx === -1) end = i; // whole suffix matched
      } else {
        suffixIdx = -1; // mismatch: keep the full segment
        end = segEnd;
      }
    }
  }
  if (start === end) end = segEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

// Extension of a single segment ("" for dotfiles, "." and "..").
function segmentExt(seg) {
  const dot = seg.lastIndexOf('.');
  if (dot <= 0 || seg === '..') return '';
  return seg.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  return segmentExt(lastSegment(path));
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function parse(path) {
  validateString(path, 'path');

  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;

  const absolute = path.charCodeAt(0) === SLASH;
  // The root slash is never part of the scan.
  const scanStart = absolute ? 1 : 0;
  if (absolute) ret.root = '/';

  let startPart = 0; // index where the base begins (0 = "no slash found")
  let end = -1; // one past the last non-slash char of the base
  let startDot = -1; // index of the last '.' in the base
  let sawNonSlash = false;
  // dotState: 0 = nothing before the last dot yet, 1 = only dots before it,
  // -1 = some other character before it.
  let dotState = 0;

  for (let i = path.length - 1; i >= scanStart; --i) {
    const code = path.charCodeAt(i);
    if (code === SLASH) {
      if (sawNonSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      sawNonSlash = true;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (dotState !== 1) dotState = 1;
    } else if (startDot !== -1) {
      dotState = -1;
    }
  }

  if (end !== -1) {
    const start = startPart === 0 && absolute ? 1 : startPart;
    const noExt = startDot === -1 ||
      dotState === 0 ||
      // The base is exactly ".."
      (dotState === 1 && startDot === end - 1 && startDot === startPart + 1);
    if (noExt) {
      ret.base = ret.name = path.slice(start, end);
    } else {
      ret.name = path.slice(start, startDot);
      ret.base = path.slice(start, end);
      ret.ext = path.slice(startDot, end);
    }
  }

  if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
  else if (absolute) ret.dir = '/';

  return ret;
}

// ---------------------------------------------------------------------------
// matchesGlob (experimental in Node 20): a minimatch-compatible subset with
// Node's options (no negation/comments, backslash = separator, dotfiles only
// matched explicitly, case-sensitive): braces, * ? [...] [[:class:]], **,
// and extglobs +() *() ?() @() !().
// ---------------------------------------------------------------------------
let globWarned = false;

function expandBraces(str) {
  // Find the first top-level {...} that is a list or a range.
  let depth = 0;
  let start = -1;
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (c === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = str.slice(start + 1, i);
        const pre = str.slice(0, start);
        const post = str.slice(i + 1);
        const alts = splitBraceBody(body);
        if (alts === null) {
          // Not expandable: keep "{body}" literally, expand the rest.
          return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
        }
        const out = [];
        const posts = expandBraces(post);
        for (const alt of alts) {
          for (const a of expandBraces(alt)) {
            for (const p of posts) out.push(pre + a + p);
          }
        }
        return out;
      }
    }
  }
  return [str];
}

function splitBraceBody(body) {
  const parts = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(last, i));
      last = i + 1;
    }
  }
  if (parts.length > 0) {
    parts.push(body.slice(last));
    return parts;
  }
  // Sequence: {1..5}, {a..e}, {1..10..2}, {01..10}
  const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (!m) return null;
  const step = Math.max(Math.abs(m[3] === undefined ? 1 : Number(m[3])), 1);
  const numeric = /^-?\d+$/.test(m[1]) && /^-?\d+$/.test(m[2]);
  if (!numeric && (/\d/.test(m[1]) || /\d/.test(m[2]))) return null;
  const a = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const b = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const width = numeric && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ?
    Math.max(m[1].length, m[2].length) : 0;
  const out = [];
  const dir = a <= b ? 1 : -1;
  for (let v = a; dir > 0 ? v <= b : v >= b; v += dir * step) {
    if (!numeric) {
      out.push(String.fromCharCode(v));
    } else if (width) {
      const neg = v < 0;
      let s = String(Math.abs(v));
      while (s.length < width - (neg ? 1 : 0)) s = `0${s}`;
      out.push(neg ? `-${s}` : s);
    } else {
      out.push(String(v));
    }
  }
  return out;
}

const kPosixClasses = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~', space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: '\\w', xdigit: 'A-Fa-f0-9',
};

function escapeRegExpChar(c) {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

// Parses a bracket expression starting at `i` ('['); returns [regex, next].
function parseClass(seg, i) {
  let j = i + 1;
  let negate = false;
  if (seg[j] === '!' || seg[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let first = true;
  while (j < seg.length) {
    const c = seg[j];
    if (c === ']' && !first) {
      if (body === '') return null;
      return [negate ? `[^/${body}]` : `[${body}]`, j + 1];
    }
    first = false;
    if (c === '[' && seg[j + 1] === ':') {
      const end = seg.indexOf(':]', j + 2);
      if (end !== -1) {
        const cls = kPosixClasses[seg.slice(j + 2, end)];
        if (cls !== undefined) {
          body += cls;
          j = end + 2;
          continue;
        }
      }
    }
    if (c === '-' && body !== '' && seg[j + 1] !== ']' && j + 1 < seg.length) {
      body += '-';
    } else {
      body += c === '\\' || c === ']' || c === '[' || c === '^' || c === '-' ? `\\${c}` : c;
    }
    j++;
  }
  return null;
}

// Converts one pattern segment to a regex source; null when it has no magic.
function segmentToRegExp(seg) {
  // Tokens are regex strings, or { neg } for !(...) whose lookahead must also
  // cover the remainder of the segment (minimatch semantics).
  const tokens = [];
  let magic = false;
  let i = 0;
  while (i < seg.length) {
    const c = seg[i];
    const next = seg[i + 1];
    if ('?*+@!'.includes(c) && next === '(') {
      // extglob: find the matching ')'
      let depth = 0;
      let k = i + 1;
      for (; k < seg.length; k++) {
        if (seg[k] === '(') depth++;
        else if (seg[k] === ')' && --depth === 0) break;
      }
      if (k < seg.length) {
        magic = true;
        const inner = seg.slice(i + 2, k).split('|').map((alt) => {
          const r = segmentToRegExp(alt);
          return r === null ? alt.split('').map(escapeRegExpChar).join('') : r.body;
        }).join('|');
        if (c === '?') tokens.push(`(?:${inner})?`);
        else if (c === '*') tokens.push(`(?:${inner})*`);
        else if (c === '+') tokens.push(`(?:${inner})+`);
        else if (c === '@') tokens.push(`(?:${inner})`);
        else tokens.push({ neg: inner });
        i = k + 1;
        continue;
      }
    }
    if (c === '*') {
      magic = true;
      while (seg[i + 1] === '*') i++;
      tokens.push('[^/]*?');
      i++;
      continue;
    }
    if (c === '?') {
      magic = true;
      tokens.push('[^/]');
      i++;
      continue;
    }
    if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls !== null) {
        magic = true;
        tokens.push(cls[0]);
        i = cls[1];
        continue;
      }
    }
    tokens.push(escapeRegExpChar(c));
    i++;
  }
  if (!magic) return null;
  let body = '';
  for (let t = tokens.length - 1; t >= 0; t--) {
    const tok = tokens[t];
    body = typeof tok === 'string' ? tok + body : `(?:(?!(?:${tok.neg})${body}$)[^/]*?)${body}`;
  }
  return { body };
}

function optimizeParts(parts, isPattern) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      if (parts[i] === '.' || parts[i] === '') {
        parts.splice(i, 1);
        i--;
        changed = true;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    let dd = 0;
    while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**') {
        parts.splice(dd - 1, 2);
        dd -= 2;
        changed = true;
      }
    }
    if (isPattern) {
      for (let i = 1; i < parts.length; i++) {
        if (parts[i] === '**' && parts[i - 1] === '**') {
          parts.splice(i, 1);
          i--;
          changed = true;
        }
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

const GLOBSTAR = Symbol('globstar');

function compileGlobPart(part) {
  if (part === '**') return GLOBSTAR;
  const r = segmentToRegExp(part);
  if (r === null) return part;
  // Wildcards never match a leading dot (nor "." / ".."), unless the
  // pattern itself starts with a dot; a magic segment never matches "".
  const dotGuard = part[0] === '.' ? '' : '(?!\\.)';
  return new RegExp(`^${dotGuard}(?=.)${r.body}$`);
}

function isDotSegment(f) {
  return f === '.' || f === '..' || f[0] === '.';
}

function matchParts(file, pattern, fi, pi) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) {
          if (isDotSegment(file[fi]) && file[fi] !== '') return false;
        }
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchParts(file, pattern, fr, pi + 1)) return true;
        if (isDotSegment(file[fr]) && file[fr] !== '') return false;
      }
      return false;
    }
    const hit = typeof p === 'string' ? f === p : p.test(f);
    if (!hit) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // A trailing slash on the path is fine once the pattern is exhausted.
  return fi === fl - 1 && file[fi] === '';
}

function matchesGlob(path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
                        'ExperimentalWarning', undefined, undefined);
  }
  const file = optimizeParts(path.split(/\/+/), false);
  const normalized = pattern.replace(/\\/g, '/');
  for (const expanded of expandBraces(normalized)) {
    const parts = optimizeParts(expanded.split(/\/+/), true).map(compileGlobPart);
    if (matchParts(file, parts, 0, 0)) return true;
  }
  return false;
}

const posix = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  matchesGlob,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};

posix.posix = posix;
// Not a real win32 implementation: alias of posix (see header comment).
posix.win32 = posix;

module.exports = posix;
