// dns — `lookup` through the simulated thread pool (getaddrinfo) and `resolve*` through the
// OS-async path (c-ares: no pool, a simulated round trip), over loopscope's built-in host table
// (core/src/work.rs HOSTS). Errors are shaped like Node's.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  validateFunction,
  validateString,
  validateNumber,
  validateBoolean,
} = require('internal/errors');

const { isIP } = require('internal/net');

function lookupError(code, hostname) {
  const errno = code === 'ENOTFOUND' ? -3008 : undefined;
  const err = new Error(`getaddrinfo ${code} ${hostname}`);
  err.errno = errno;
  err.code = code;
  err.syscall = 'getaddrinfo';
  err.hostname = hostname;
  return err;
}

function resolveError(code, syscall, hostname) {
  const err = new Error(`${syscall} ${code} ${hostname}`);
  err.errno = undefined;
  err.code = code;
  err.syscall = syscall;
  err.hostname = hostname;
  return err;
}

// getaddrinfo hint flags (Linux values).
const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';

function oneOf(value, name, list) {
  if (!list.includes(value)) {
    const shown = list.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${shown}`);
  }
}

// node's lookup argument checks; returns what the request needs. `callback` is checked first
// for the callback form (pass undefined for the promise form).
function lookupOptions(options, callback, promiseForm) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = defaultOrder;
  if (!promiseForm) validateFunction(callback, 'callback');
  if (typeof options === 'number') {
    oneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
    }
    if (options?.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        oneOf(options.family, 'options.family', validFamilies);
        family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      oneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { hints, family, all, order };
}

// inet_aton's forms ("127.1", "0x7f.0.0.1", "2130706433"), which getaddrinfo accepts.
function inetAton(name) {
  const parts = name.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const nums = [];
  for (const p of parts) {
    let n;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    nums.push(n);
  }
  const last = nums.pop();
  if (nums.some((n) => n > 255) || last >= 2 ** (8 * (4 - nums.length))) return null;
  let v = last;
  nums.forEach((n, i) => { v += n * 2 ** (8 * (3 - i)); });
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

// One getaddrinfo on the pool; `done(err, list)` with node's ordering and V4MAPPED applied.
function getaddrinfo(hostname, { hints, family, order }, done) {
  const mapped = family === 6 && (hints & V4MAPPED) !== 0;
  binding.poolSubmit('dnsLookup', { hostname, family: mapped ? 0 : family }, (err, json) => {
    let list;
    if (err) {
      const numeric = inetAton(hostname);
      if (numeric === null || family === 6) return done(lookupError(err.code, hostname));
      list = [{ address: numeric, family: 4 }];
    } else {
      list = JSON.parse(json);
    }
    if (mapped) {
      const v6 = list.filter((a) => a.family === 6);
      const v4 = list.filter((a) => a.family === 4).map((a) => ({ address: `::ffff:${a.address}`, family: 6 }));
      list = v6.length > 0 && (hints & ALL) === 0 ? v6 : v6.concat(v4);
      if (list.length === 0) return done(lookupError('ENOTFOUND', hostname));
    }
    if (order === 'ipv4first') list = list.filter((a) => a.family === 4).concat(list.filter((a) => a.family !== 4));
    else if (order === 'ipv6first') list = list.filter((a) => a.family === 6).concat(list.filter((a) => a.family !== 6));
    done(null, list);
  }, process.env.UV_THREADPOOL_SIZE);
}

function invalidHostnameWarning(hostname) {
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const opts = lookupOptions(options, callback, false);
  const { family, all } = opts;
  if (!hostname) {
    invalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const literal = isIP(hostname);
  if (literal) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: literal }]);
    else process.nextTick(callback, null, hostname, literal);
    return {};
  }
  getaddrinfo(hostname, opts, (err, list) => {
    if (err) return callback(err);
    if (all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  });
  return {};
}

const RRTYPES = { A: ['queryA', 4], AAAA: ['queryAaaa', 6] };

function resolveWith(rrtype, hostname, callback) {
  validateString(hostname, 'name');
  validateFunction(callback, 'callback');
  const spec = RRTYPES[rrtype];
  if (spec === undefined) {
    throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  }
  const [syscall, family] = spec;
  binding.ioStart('dnsResolve', { hostname, family }, (err, json) => {
    if (err) return callback(resolveError(err.code, syscall, hostname));
    callback(null, JSON.parse(json));
  });
  return {};
}

function resolve(hostname, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  } else if (typeof rrtype !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  return resolveWith(rrtype, hostname, callback);
}

function resolve4(hostname, options, callback) {
  if (typeof options === 'function') callback = options;
  return resolveWith('A', hostname, callback);
}

function resolve6(hostname, options, callback) {
  if (typeof options === 'function') callback = options;
  return resolveWith('AAAA', hostname, callback);
}

const promises = {
  lookup(hostname, options) {
    if (hostname) validateString(hostname, 'hostname');
    const opts = lookupOptions(options, undefined, true);
    const { family, all } = opts;
    return new Promise((res, rej) => {
      if (!hostname) {
        invalidHostnameWarning(hostname);
        res(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
        return;
      }
      const literal = isIP(hostname);
      if (literal) {
        const one = { address: hostname, family: literal };
        res(all ? [one] : one);
        return;
      }
      getaddrinfo(hostname, opts, (err, list) => {
        if (err) return rej(err);
        res(all ? list : list[0]);
      });
    });
  },
  resolve(hostname, rrtype = 'A') {
    return new Promise((res, rej) => resolve(hostname, rrtype, (e, a) => (e ? rej(e) : res(a))));
  },
  resolve4(hostname) {
    return new Promise((res, rej) => resolve4(hostname, (e, a) => (e ? rej(e) : res(a))));
  },
  resolve6(hostname) {
    return new Promise((res, rej) => resolve6(hostname, (e, a) => (e ? rej(e) : res(a))));
  },
  getServers: () => ['127.0.0.53'],
};

function setDefaultResultOrder(order) {
  oneOf(order, 'dnsOrder', validOrders);
  defaultOrder = order;
}
const getDefaultResultOrder = () => defaultOrder;

// dns.Resolver / dns.promises.Resolver: independent resolvers over the same host table,
// answering with the module's callback or promise functions.
function resolverClass(api) {
  return class Resolver {
    constructor(options = undefined) { this._options = options; }

    cancel() {}

    getServers() { return ['127.0.0.53']; }

    setServers() {}

    setLocalAddress() {}

    resolve(...args) { return api.resolve(...args); }

    resolve4(...args) { return api.resolve4(...args); }

    resolve6(...args) { return api.resolve6(...args); }
  };
}
const Resolver = resolverClass({ resolve, resolve4, resolve6 });
const PromiseResolver = resolverClass(promises);
promises.Resolver = PromiseResolver;
promises.setDefaultResultOrder = setDefaultResultOrder;
promises.getDefaultResultOrder = getDefaultResultOrder;

module.exports = {
  lookup, resolve, resolve4, resolve6, promises, Resolver,
  getServers: () => ['127.0.0.53'],
  setServers: () => {},
  setDefaultResultOrder,
  getDefaultResultOrder,
  ADDRCONFIG, V4MAPPED, ALL,
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
  isIP,
};
