// path — owns the `path` module: the POSIX implementation (what
// `require('path')` is, as on any POSIX host) and a real `path.win32`
// implementation (drive letters, UNC roots, `\\?\` / `\\.\` namespaces,
// both separators, case-insensitive `relative`).  The two objects reference
// each other exactly like Node's (`path.posix.win32 === path.win32`,
// `path.win32.posix === path.posix`, `path === path.posix`).
//
// win32 notes: resolve() falls back on process.cwd() (a POSIX path here, so a
// relative path resolves to e.g. `\work\x`, as in Node on Linux) and on the
// per-drive `process.env['=X:']` variables; normalize() keeps Node 20's
// guards against paths that Windows would read as device names or drive roots.
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

// `keepUncHead`: a leading ['', ''] (a win32 "//server" path) is preserved.
function optimizeParts(parts, isPattern, keepUncHead = false) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      if (keepUncHead && i === 1 && parts[0] === '' && parts[1] === '') continue;
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

// Splits a '/'-separated glob path; with `windows`, a leading "//name" keeps
// both empty parts so UNC roots survive (minimatch's win32 behaviour).
function splitGlobPath(p, windows) {
  if (windows && /^\/\/[^/]+/.test(p)) return ['', ...p.split(/\/+/)];
  return p.split(/\/+/);
}

function isGlobDrive(s) {
  return typeof s === 'string' && /^[a-z]:$/i.test(s);
}

// Index of the drive part of a win32 glob path ("c:/..." or "//?/c:/..."), or -1.
function globDriveIndex(parts) {
  if (isGlobDrive(parts[0])) return 0;
  if (parts[0] === '' && parts[1] === '' && parts[2] === '?' && isGlobDrive(parts[3])) return 3;
  return -1;
}

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
                        'ExperimentalWarning', undefined, undefined);
  }
  const rawFile = splitGlobPath(windows ? path.replace(/\\/g, '/') : path, windows);
  const file = windows ? rawFile : optimizeParts(rawFile, false);
  const normalized = pattern.replace(/\\/g, '/');
  for (const expanded of expandBraces(normalized)) {
    const rawParts = optimizeParts(splitGlobPath(expanded, windows), true, windows);
    let parts = rawParts.map(compileGlobPart);
    if (!windows) {
      if (matchParts(file, parts, 0, 0)) return true;
      continue;
    }
    // "//?/c:/..." patterns: the "?" is literal there.
    if (parts[0] === '' && parts[1] === '' && rawParts[2] === '?' && isGlobDrive(parts[3])) parts[2] = '?';
    // Drive letters match case-insensitively, with or without the "//?/" prefix.
    let f = rawFile;
    const fdi = globDriveIndex(f);
    const pdi = globDriveIndex(parts);
    if (fdi !== -1 && pdi !== -1 && f[fdi].toLowerCase() === parts[pdi].toLowerCase()) {
      parts[pdi] = f[fdi];
      if (pdi > fdi) parts = parts.slice(pdi);
      else if (fdi > pdi) f = f.slice(fdi);
    }
    if (matchParts(optimizeParts(f.slice(), false, true), parts, 0, 0)) return true;
  }
  return false;
}

function matchesGlob(path, pattern) {
  return globMatch(path, pattern, false);
}

// ---------------------------------------------------------------------------
// win32
// ---------------------------------------------------------------------------
const BACKSLASH = 92; /* \ */
const COLON = 58; /* : */
const QUESTION = 63; /* ? */

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// True when the string begins with "X:".
function hasDrivePrefix(str) {
  return str.length >= 2 && str.charCodeAt(1) === COLON && isDriveLetter(str.charCodeAt(0));
}

// DOS device names (valid in every directory), compared upper-cased.
const RESERVED_DEVICE_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

function isReservedDeviceName(name) {
  return RESERVED_DEVICE_NAMES.has(name.toUpperCase());
}

// For a path that starts with two separators, locates "\\server\share".
// Returns null unless both a server and a share name are present.
function scanUncRoot(path) {
  const len = path.length;
  let i = 2;
  while (i < len && !isWinSep(path.charCodeAt(i))) i++;
  if (i === 2 || i === len) return null;
  const server = path.slice(2, i);
  while (i < len && isWinSep(path.charCodeAt(i))) i++;
  if (i === len) return null;
  const shareStart = i;
  while (i < len && !isWinSep(path.charCodeAt(i))) i++;
  return { server, shareStart, shareEnd: i };
}

// "\\.\x" and "\\?\x" are namespace prefixes, not servers.
function isNamespaceServer(server) {
  return server === '.' || server === '?';
}

// Same job as normalizeSegments(), with both separators; joins with '\'.
function normalizeWin32Segments(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split(/[\\/]/)) {
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
  return out.join('\\');
}

// Root of one resolve() input: [device, length of the root, absolute?].
function win32ResolveRoot(path) {
  if (isWinSep(path.charCodeAt(0))) {
    if (path.length > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = scanUncRoot(path);
      if (unc !== null) {
        if (isNamespaceServer(unc.server)) return [`\\\\${unc.server}`, 4, true];
        const share = path.slice(unc.shareStart, unc.shareEnd);
        return [`\\\\${unc.server}\\${share}`, unc.shareEnd, true];
      }
    }
    return ['', 1, true];
  }
  if (hasDrivePrefix(path)) {
    if (isWinSep(path.charCodeAt(2))) return [path.slice(0, 2), 3, true];
    return [path.slice(0, 2), 2, false];
  }
  return ['', 0, false];
}

// The directory a drive-relative path ("C:foo") is resolved against: the
// drive's own cwd (`=C:` variable), else process.cwd() unless that one
// belongs to another drive, else the drive root.
function win32CwdFor(device) {
  if (device === '') return process.cwd();
  const env = process.env;
  const dir = (env && env[`=${device}`]) || process.cwd();
  if (dir === undefined ||
      (dir.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
       dir.charCodeAt(2) === BACKSLASH)) {
    return `${device}\\`;
  }
  return dir;
}

function trimBackslashes(str) {
  let start = 0;
  while (start < str.length && str.charCodeAt(start) === BACKSLASH) start++;
  let end = str.length;
  while (end - 1 > start && str.charCodeAt(end - 1) === BACKSLASH) end--;
  return [start, end];
}

// relative() for resolved paths whose lower-casing changes their length
// (some non-ASCII characters): a per-segment comparison.
function win32RelativeSegments(fromAbs, toAbs) {
  const a = fromAbs.split('\\');
  const b = toAbs.split('\\');
  if (a[a.length - 1] === '') a.pop();
  if (b[b.length - 1] === '') b.pop();
  const shorter = Math.min(a.length, b.length);
  let common = 0;
  while (common < shorter && a[common].toLowerCase() === b[common].toLowerCase()) common++;
  if (common === 0) return toAbs;
  if (common === shorter) {
    if (b.length > shorter) return b.slice(common).join('\\');
    if (a.length > shorter) return `${'..\\'.repeat(a.length - 1 - common)}..`;
    return '';
  }
  return '..\\'.repeat(a.length - common) + b.slice(common).join('\\');
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;

    // Right to left (the cwd being the implicit left-most entry) until both an
    // absolute path and its device are known.  Inputs naming another device
    // than the one already found are ignored.
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else {
        path = win32CwdFor(device);
      }
      const [pathDevice, rootEnd, pathAbsolute] = win32ResolveRoot(path);
      if (pathDevice !== '') {
        if (device === '') {
          device = pathDevice;
        } else if (pathDevice.toLowerCase() !== device.toLowerCase()) {
          continue;
        }
      }
      if (!absolute) {
        tail = `${path.slice(rootEnd)}\\${tail}`;
        absolute = pathAbsolute;
      }
      if (absolute && device !== '') break;
    }

    tail = normalizeWin32Segments(tail, !absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;

    let device; // undefined: no device prefix at all
    let rootEnd = 0;
    let absolute = false;
    if (isWinSep(path.charCodeAt(0))) {
      absolute = true;
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = scanUncRoot(path);
        if (unc !== null) {
          if (isNamespaceServer(unc.server)) {
            device = `\\\\${unc.server}`;
            rootEnd = 4;
          } else {
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            if (unc.shareEnd === len) return `${device}\\`;
            rootEnd = unc.shareEnd;
          }
        }
      }
    } else {
      const colon = path.indexOf(':');
      if (colon === 1 && isDriveLetter(path.charCodeAt(0))) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (isWinSep(path.charCodeAt(2))) {
          absolute = true;
          rootEnd = 3;
        }
      } else if (colon > 0 && isReservedDeviceName(path.slice(0, colon))) {
        // "CON:..." — a device name, kept as a (relative) prefix
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
      }
    }

    let tail = normalizeWin32Segments(path.slice(rootEnd), !absolute);
    if (tail === '' && !absolute) tail = '.';
    if (tail !== '' && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    // A relative input must not come out looking like a drive ("a/../C:x")
    // or a stream/device ("x:" / "x:\\") path: prefix it with ".\\".
    if (!absolute && device === undefined && path.includes(':')) {
      if (hasDrivePrefix(tail)) return `.\\${tail}`;
      for (let c = path.indexOf(':'); c !== -1; c = path.indexOf(':', c + 1)) {
        if (c === len - 1 || isWinSep(path.charCodeAt(c + 1))) return `.\\${tail}`;
      }
    }
    // Paths led by a device name get the same prefix.  Without any colon,
    // Node 20 tests the path minus its last character ("CONx", "AUX/").
    const firstColon = path.indexOf(':');
    const lead = firstColon === -1 ? path.slice(0, -1) : path.slice(0, firstColon);
    if (isReservedDeviceName(lead)) return `.\\${device === undefined ? '' : device}${tail}`;

    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isWinSep(path.charCodeAt(0)) ||
      (hasDrivePrefix(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';

    let joined = parts.join('\\');
    // normalize() would read a leading run of separators as a UNC root.  Keep
    // it only when the first part is spelled like one ("//server...", exactly
    // two separators); otherwise squash the run to a single separator.
    const first = parts[0];
    const spelledUnc = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!spelledUnc) {
      let run = 0;
      while (run < joined.length && isWinSep(joined.charCodeAt(run))) run++;
      if (run >= 2) joined = `\\${joined.slice(run)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromAbs = win32.resolve(from);
    const toAbs = win32.resolve(to);
    if (fromAbs === toAbs) return '';
    const a = fromAbs.toLowerCase();
    const b = toAbs.toLowerCase();
    if (a === b) return '';
    if (a.length !== fromAbs.length || b.length !== toAbs.length) {
      return win32RelativeSegments(fromAbs, toAbs);
    }

    // Compare (case-insensitively) without leading and trailing backslashes.
    const [aStart, aEnd] = trimBackslashes(a);
    const [bStart, bEnd] = trimBackslashes(b);
    const aLen = aEnd - aStart;
    const bLen = bEnd - bStart;
    const shorter = Math.min(aLen, bLen);
    let same = 0;
    let lastSep = -1; // offset of the last backslash of the common prefix
    while (same < shorter) {
      const code = a.charCodeAt(aStart + same);
      if (code !== b.charCodeAt(bStart + same)) break;
      if (code === BACKSLASH) lastSep = same;
      same++;
    }

    if (same < shorter) {
      // Different before any common directory: e.g. another drive.
      if (lastSep === -1) return toAbs;
    } else {
      if (bLen > shorter) {
        // `from` is an ancestor of `to`, or its drive root.
        if (b.charCodeAt(bStart + same) === BACKSLASH) return toAbs.slice(bStart + same + 1);
        if (same === 2) return toAbs.slice(bStart + same);
      }
      if (aLen > shorter) {
        // `to` is an ancestor of `from`, or its drive root.
        if (a.charCodeAt(aStart + same) === BACKSLASH) lastSep = same;
        else if (same === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }

    // One ".." per `from` segment after the common part.
    let up = '';
    for (let k = aStart + lastSep + 1; k <= aEnd; k++) {
      if (k === aEnd || a.charCodeAt(k) === BACKSLASH) up += up === '' ? '..' : '\\..';
    }
    let rest = bStart + lastSep;
    if (up !== '') return up + toAbs.slice(rest, bEnd);
    if (toAbs.charCodeAt(rest) === BACKSLASH) rest++;
    return toAbs.slice(rest, bEnd);
  },

  toNamespacedPath(path) {
    // Anything but a non-empty string is passed through untouched.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        // "\\server\share\x" -> "\\?\UNC\server\share\x"
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
      return resolved;
    }
    if (hasDrivePrefix(resolved) && resolved.charCodeAt(2) === BACKSLASH) return `\\\\?\\${resolved}`;
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';

    // Length of the root returned when no parent segment exists (-1: none).
    let rootEnd = -1;
    if (isWinSep(path.charCodeAt(0))) {
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = scanUncRoot(path);
        if (unc !== null) {
          if (unc.shareEnd === len) return path; // a bare UNC root
          rootEnd = unc.shareEnd + 1;
        }
      }
    } else if (hasDrivePrefix(path)) {
      rootEnd = isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }

    // Skip trailing separators, then the last segment; what precedes the
    // separator found there is the dirname.
    const floor = rootEnd === -1 ? 0 : rootEnd;
    let i = len - 1;
    while (i >= floor && isWinSep(path.charCodeAt(i))) i--;
    while (i >= floor && !isWinSep(path.charCodeAt(i))) i--;
    if (i >= floor) return path.slice(0, i);
    return rootEnd === -1 ? '.' : path.slice(0, rootEnd);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive prefix is never part of the base ("C:" -> "", "C:x" -> "x").
    const floor = hasDrivePrefix(path) ? 2 : 0;

    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
      let end = path.length;
      while (end > floor && isWinSep(path.charCodeAt(end - 1))) end--;
      let start = end;
      while (start > floor && !isWinSep(path.charCodeAt(start - 1))) start--;
      return path.slice(start, end);
    }
    if (suffix === path) return '';

    // Same backwards scan (and edge cases) as the POSIX basename().
    let start = floor;
    let end = -1;
    let segEnd = -1;
    let suffixIdx = suffix.length - 1;
    for (let i = path.length - 1; i >= floor; --i) {
      const code = path.charCodeAt(i);
      if (isWinSep(code)) {
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
          if (suffixIdx === -1) end = i;
        } else {
          suffixIdx = -1;
          end = segEnd;
        }
      }
    }
    if (start === end) end = segEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const floor = hasDrivePrefix(path) ? 2 : 0;
    let end = path.length;
    while (end > floor && isWinSep(path.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > floor && !isWinSep(path.charCodeAt(start - 1))) start--;
    return segmentExt(path.slice(start, end));
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;

    let rootEnd = 0;
    if (isWinSep(path.charCodeAt(0))) {
      if (len === 1) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 1;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = scanUncRoot(path);
        // The separator after "\\server\share" belongs to the root.
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (len === 1) {
      ret.base = ret.name = path;
      return ret;
    } else if (hasDrivePrefix(path)) {
      const sepAfter = isWinSep(path.charCodeAt(2));
      if (len === 2 || (len === 3 && sepAfter)) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = sepAfter ? 3 : 2;
    }
    ret.root = path.slice(0, rootEnd);

    // Last segment after the root (trailing separators ignored).
    let end = len;
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > rootEnd && !isWinSep(path.charCodeAt(start - 1))) start--;
    if (end > start) {
      const base = path.slice(start, end);
      ret.ext = segmentExt(base);
      ret.base = base;
      ret.name = base.slice(0, base.length - ret.ext.length);
    }
    // Only one separator is dropped between dir and base ("a\\\\b" -> "a\\").
    ret.dir = start > 0 && start !== rootEnd ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

win32._makeLong = win32.toNamespacedPath;

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

posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;

module.exports = posix;
