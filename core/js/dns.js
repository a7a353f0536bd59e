// dns — `lookup` through the simulated thread pool (getaddrinfo) and `resolve*` through the
// OS-async path (c-ares: no pool, a simulated round trip), over loopscope's built-in host table
// (core/src/work.rs HOSTS). Errors are shaped like Node's.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  validateFunction,
  validateString,
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

function normalizeLookupOptions(options) {
  let family = 0;
  let all = false;
  if (typeof options === 'number') {
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.family !== undefined) {
      family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    }
    all = options.all === true;
  }
  if (family !== 0 && family !== 4 && family !== 6) {
    throw new ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
  }
  return { family, all };
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { family, all } = normalizeLookupOptions(options);
  if (!hostname) {
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
  binding.poolSubmit('dnsLookup', { hostname, family }, (err, json) => {
    if (err) return callback(lookupError(err.code, hostname));
    const list = JSON.parse(json);
    if (all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  }, process.env.UV_THREADPOOL_SIZE);
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
    return new Promise((res, rej) => {
      const { all } = normalizeLookupOptions(options);
      lookup(hostname, options, (err, address, family) => {
        if (err) return rej(err);
        res(all ? address : { address, family });
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

module.exports = {
  lookup, resolve, resolve4, resolve6, promises,
  getServers: () => ['127.0.0.53'],
  setServers: () => {},
  setDefaultResultOrder: () => {},
  getDefaultResultOrder: () => 'verbatim',
  ADDRCONFIG: 1024, V4MAPPED: 2048, ALL: 256,
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
  isIP,
};
