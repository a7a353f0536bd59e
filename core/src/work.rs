//! The real work behind thread-pool tasks (and their synchronous twins): plain data in, plain
//! data out, so a task can be computed inline (native hosts, tests) or in a Web Worker after a
//! postMessage round trip ([`Work::to_wire`]: one byte buffer in zlib/snap's format, a zlib
//! call's with its stream's context). What a task computes is real (RustCrypto, zlib/); how
//! long it takes in virtual time is [`Work::cost_ns`], a documented model proportional to the
//! work.

use hmac::{Hmac, Mac};
use loopscope_zlib_binding::{Written, ZlibContext, ZlibError};
use loopscope_zlib_snap::{Reader, Snap, SnapError};

/// A zlib stream's state travelling with its call: the whole context, moved out of the core
/// for the call and back with the result (a Web Worker gets it as a snapshot).
#[derive(Clone, Default)]
pub struct ZlibState(pub Option<Box<ZlibContext>>);

impl std::fmt::Debug for ZlibState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "ZlibState(..)"
        } else {
            "ZlibState(away)"
        })
    }
}

/// A unit of thread-pool work.
#[derive(Debug, Clone)]
pub enum Work {
    /// `crypto.pbkdf2`.
    Pbkdf2 {
        /// Password bytes.
        password: Vec<u8>,
        /// Salt bytes.
        salt: Vec<u8>,
        /// Iterations.
        iterations: u32,
        /// Derived key length.
        keylen: usize,
        /// Digest name (`sha1`, `sha256`, `sha384`, `sha512`, `md5`).
        digest: String,
    },
    /// `crypto.scrypt`.
    Scrypt {
        /// Password bytes.
        password: Vec<u8>,
        /// Salt bytes.
        salt: Vec<u8>,
        /// Derived key length.
        keylen: usize,
        /// CPU/memory cost (a power of two).
        n: u64,
        /// Block size.
        r: u32,
        /// Parallelization.
        p: u32,
    },
    /// `crypto.hkdf` (RFC 5869: extract, then expand to `keylen` bytes).
    Hkdf {
        /// Digest name (lowercase, as [`Hasher::new`] takes it).
        digest: String,
        /// Input keying material.
        key: Vec<u8>,
        /// Salt.
        salt: Vec<u8>,
        /// Context and application info.
        info: Vec<u8>,
        /// Output length (at most 255 digests).
        keylen: usize,
    },
    /// `crypto.subtle.digest`: one hash of the whole input.
    Digest {
        /// Digest name (lowercase).
        digest: String,
        /// The bytes to hash.
        data: Vec<u8>,
    },
    /// One zlib call of an asynchronous zlib stream (`zlib.createGzip()` and the convenience
    /// functions built on streams): node's `write(flush, in, out)` on the stream's context,
    /// which travels with the call and comes back in the result.
    Zlib {
        /// The stream (its handle id in the core).
        stream: u64,
        /// Compressing (deflate, gzip, deflateRaw) rather than decompressing.
        compress: bool,
        /// zlib's flush value.
        flush: i32,
        /// Output space offered.
        avail_out: usize,
        /// Input bytes.
        input: Vec<u8>,
        /// The context (sent as a snapshot).
        state: ZlibState,
    },
    /// A file-system request done on the VFS (its result is computed by the core); only its
    /// duration is modelled here.
    Fs {
        /// The libuv request (`open`, `read`, `write`, `stat`, …).
        op: String,
        /// Bytes moved.
        bytes: u64,
    },
    /// `dns.lookup`: getaddrinfo over the built-in host table ([`HOSTS`]).
    DnsLookup {
        /// Name to resolve.
        hostname: String,
        /// 0 (any), 4 or 6.
        family: u8,
    },
    /// `crypto.randomBytes` / `randomFill`: bytes from the run's generator (the seed makes
    /// virtual runs repeat).
    RandomBytes {
        /// How many bytes.
        len: usize,
        /// Seed for this task's bytes.
        seed: u64,
    },
}

/// What a task produced.
#[derive(Debug, Clone)]
pub enum WorkResult {
    /// Output bytes.
    Bytes {
        /// The bytes.
        data: Vec<u8>,
    },
    /// Text (JSON) output.
    Text {
        /// The text.
        data: String,
    },
    /// A failure, described like a Node error.
    Error {
        /// Node's `code`.
        code: String,
        /// Node's message.
        message: String,
    },
    /// A zlib call's outcome, with the stream's context coming back.
    Zlib {
        /// The stream.
        stream: u64,
        /// Output and leftovers, or zlib's failure.
        written: Result<Written, ZlibError>,
        /// The context after the call (sent as a snapshot).
        state: ZlibState,
    },
}

/// The virtual duration of one zlib call, from node 20 here: deflate costs about 3 ns per
/// input byte plus 50 ns per output byte (incompressible data is slow), inflate about 2 ns
/// per output byte; plus the pool's 10 µs.
pub fn zlib_cost_ns(compress: bool, bytes_in: u64, bytes_out: u64) -> u64 {
    if compress {
        10_000 + bytes_in * 3 + bytes_out * 50
    } else {
        10_000 + bytes_out * 2
    }
}

/// A failed wire message (a task or result that did not survive the trip).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(pub String);

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WireError {}

impl Snap for ZlibState {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
    }
    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        Option::get(r).map(ZlibState)
    }
}

impl Snap for Work {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Work::Pbkdf2 {
                password,
                salt,
                iterations,
                keylen,
                digest,
            } => {
                out.push(0);
                password.put(out);
                salt.put(out);
                iterations.put(out);
                keylen.put(out);
                digest.put(out);
            }
            Work::Scrypt {
                password,
                salt,
                keylen,
                n,
                r,
                p,
            } => {
                out.push(1);
                password.put(out);
                salt.put(out);
                keylen.put(out);
                n.put(out);
                r.put(out);
                p.put(out);
            }
            Work::Zlib {
                stream,
                compress,
                flush,
                avail_out,
                input,
                state,
            } => {
                out.push(2);
                stream.put(out);
                compress.put(out);
                flush.put(out);
                avail_out.put(out);
                input.put(out);
                state.put(out);
            }
            Work::Fs { op, bytes } => {
                out.push(3);
                op.put(out);
                bytes.put(out);
            }
            Work::DnsLookup { hostname, family } => {
                out.push(4);
                hostname.put(out);
                family.put(out);
            }
            Work::RandomBytes { len, seed } => {
                out.push(5);
                len.put(out);
                seed.put(out);
            }
            Work::Hkdf {
                digest,
                key,
                salt,
                info,
                keylen,
            } => {
                out.push(6);
                digest.put(out);
                key.put(out);
                salt.put(out);
                info.put(out);
                keylen.put(out);
            }
            Work::Digest { digest, data } => {
                out.push(7);
                digest.put(out);
                data.put(out);
            }
        }
    }

    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        Ok(match u8::get(r)? {
            0 => {
                let (password, salt, iterations, keylen, digest) = Snap::get(r)?;
                Work::Pbkdf2 {
                    password,
                    salt,
                    iterations,
                    keylen,
                    digest,
                }
            }
            1 => {
                let (password, salt, keylen, n, rr, p) = Snap::get(r)?;
                Work::Scrypt {
                    password,
                    salt,
                    keylen,
                    n,
                    r: rr,
                    p,
                }
            }
            2 => {
                let (stream, compress, flush, avail_out, input, state) = Snap::get(r)?;
                Work::Zlib {
                    stream,
                    compress,
                    flush,
                    avail_out,
                    input,
                    state,
                }
            }
            3 => {
                let (op, bytes) = Snap::get(r)?;
                Work::Fs { op, bytes }
            }
            4 => {
                let (hostname, family) = Snap::get(r)?;
                Work::DnsLookup { hostname, family }
            }
            5 => {
                let (len, seed) = Snap::get(r)?;
                Work::RandomBytes { len, seed }
            }
            6 => {
                let (digest, key, salt, info, keylen) = Snap::get(r)?;
                Work::Hkdf {
                    digest,
                    key,
                    salt,
                    info,
                    keylen,
                }
            }
            7 => {
                let (digest, data) = Snap::get(r)?;
                Work::Digest { digest, data }
            }
            _ => return Err(SnapError),
        })
    }
}

impl Snap for WorkResult {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            WorkResult::Bytes { data } => {
                out.push(0);
                data.put(out);
            }
            WorkResult::Text { data } => {
                out.push(1);
                data.put(out);
            }
            WorkResult::Error { code, message } => {
                out.push(2);
                code.put(out);
                message.put(out);
            }
            WorkResult::Zlib {
                stream,
                written,
                state,
            } => {
                out.push(3);
                stream.put(out);
                written.put(out);
                state.put(out);
            }
        }
    }

    fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
        Ok(match u8::get(r)? {
            0 => WorkResult::Bytes {
                data: Snap::get(r)?,
            },
            1 => WorkResult::Text {
                data: Snap::get(r)?,
            },
            2 => {
                let (code, message) = Snap::get(r)?;
                WorkResult::Error { code, message }
            }
            3 => {
                let (stream, written, state) = Snap::get(r)?;
                WorkResult::Zlib {
                    stream,
                    written,
                    state,
                }
            }
            _ => return Err(SnapError),
        })
    }
}

/// Reads a whole message written by `to_wire`.
fn read_wire<T: Snap>(binary: &[u8], what: &str) -> Result<T, WireError> {
    let r = &mut Reader::new(binary);
    match T::get(r) {
        Ok(v) if r.is_empty() => Ok(v),
        _ => Err(WireError(format!("a pool {what} arrived malformed"))),
    }
}

impl WorkResult {
    /// The result as the bytes it crosses `postMessage` in (zlib/snap's format); a zlib
    /// result's context moves out into them.
    pub fn to_wire(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        self.put(&mut out);
        // The context travels in the bytes.
        if let WorkResult::Zlib { state, .. } = self {
            state.0 = None;
        }
        out
    }

    /// A result sent by [`WorkResult::to_wire`].
    pub fn from_wire(binary: &[u8]) -> Result<WorkResult, WireError> {
        read_wire(binary, "result")
    }
}

/// The simulated network's host table: (name, addresses). `localhost` matches this machine's
/// /etc/hosts (IPv4 only), so runs agree with the local `node`; the other names exist only
/// inside loopscope (real node here has no network and fails to resolve them).
pub const HOSTS: &[(&str, &[&str])] = &[
    ("localhost", &["127.0.0.1"]),
    (
        "example.com",
        &["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    ),
    (
        "example.org",
        &["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    ),
    (
        "nodejs.org",
        &["104.20.22.46", "104.20.23.46", "2606:4700:10::6814:162e"],
    ),
    ("api.loopscope.test", &["10.0.0.2"]),
    ("db.loopscope.test", &["10.0.0.3"]),
];

/// Addresses of `name` in the host table, filtered by family (0 = any).
pub fn lookup_host(name: &str, family: u8) -> Vec<(String, u8)> {
    let name = name.to_ascii_lowercase();
    HOSTS
        .iter()
        .find(|(h, _)| *h == name)
        .map(|(_, addrs)| {
            addrs
                .iter()
                .map(|a| (a.to_string(), if a.contains(':') { 6 } else { 4 }))
                .filter(|(_, f)| family == 0 || *f == family)
                .collect()
        })
        .unwrap_or_default()
}

/// Digest output length in bytes.
pub fn digest_len(name: &str) -> Option<usize> {
    Some(match name {
        "md5" => 16,
        "sha1" => 20,
        "sha224" => 28,
        "sha256" => 32,
        "sha384" => 48,
        "sha512" => 64,
        _ => return None,
    })
}

/// An incremental digest: the state behind `crypto.createHash` and `createHmac`, fed chunk by
/// chunk (so hashing a stream keeps no copy of it) and cloneable for `hash.copy()`.
#[derive(Clone)]
pub enum Hasher {
    /// MD5.
    Md5(md5::Md5),
    /// SHA-1.
    Sha1(sha1::Sha1),
    /// SHA-224.
    Sha224(sha2::Sha224),
    /// SHA-256.
    Sha256(sha2::Sha256),
    /// SHA-384.
    Sha384(sha2::Sha384),
    /// SHA-512.
    Sha512(sha2::Sha512),
    /// HMAC-MD5.
    HmacMd5(Hmac<md5::Md5>),
    /// HMAC-SHA-1.
    HmacSha1(Hmac<sha1::Sha1>),
    /// HMAC-SHA-224.
    HmacSha224(Hmac<sha2::Sha224>),
    /// HMAC-SHA-256.
    HmacSha256(Hmac<sha2::Sha256>),
    /// HMAC-SHA-384.
    HmacSha384(Hmac<sha2::Sha384>),
    /// HMAC-SHA-512.
    HmacSha512(Hmac<sha2::Sha512>),
}

impl Hasher {
    /// A fresh state for `alg` (lowercase); `None` for an unknown algorithm.
    pub fn new(alg: &str) -> Option<Self> {
        use sha2::Digest;
        Some(match alg {
            "md5" => Self::Md5(md5::Md5::new()),
            "sha1" => Self::Sha1(sha1::Sha1::new()),
            "sha224" => Self::Sha224(sha2::Sha224::new()),
            "sha256" => Self::Sha256(sha2::Sha256::new()),
            "sha384" => Self::Sha384(sha2::Sha384::new()),
            "sha512" => Self::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }

    /// A fresh HMAC state for `alg` (lowercase) keyed with `key`; `None` for an unknown
    /// algorithm.
    pub fn new_hmac(alg: &str, key: &[u8]) -> Option<Self> {
        fn keyed<M: Mac + hmac::digest::KeyInit>(key: &[u8]) -> M {
            // HMAC accepts keys of any length, so new_from_slice cannot fail.
            <M as Mac>::new_from_slice(key)
                .unwrap_or_else(|_| <M as hmac::digest::KeyInit>::new(&Default::default()))
        }
        Some(match alg {
            "md5" => Self::HmacMd5(keyed(key)),
            "sha1" => Self::HmacSha1(keyed(key)),
            "sha224" => Self::HmacSha224(keyed(key)),
            "sha256" => Self::HmacSha256(keyed(key)),
            "sha384" => Self::HmacSha384(keyed(key)),
            "sha512" => Self::HmacSha512(keyed(key)),
            _ => return None,
        })
    }

    /// Feeds `data`.
    pub fn update(&mut self, data: &[u8]) {
        use sha2::Digest;
        match self {
            Self::HmacMd5(m) => m.update(data),
            Self::HmacSha1(m) => m.update(data),
            Self::HmacSha224(m) => m.update(data),
            Self::HmacSha256(m) => m.update(data),
            Self::HmacSha384(m) => m.update(data),
            Self::HmacSha512(m) => m.update(data),
            Self::Md5(h) => h.update(data),
            Self::Sha1(h) => h.update(data),
            Self::Sha224(h) => h.update(data),
            Self::Sha256(h) => h.update(data),
            Self::Sha384(h) => h.update(data),
            Self::Sha512(h) => h.update(data),
        }
    }

    /// The digest.
    pub fn finish(self) -> Vec<u8> {
        use sha2::Digest;
        match self {
            Self::HmacMd5(m) => m.finalize().into_bytes().to_vec(),
            Self::HmacSha1(m) => m.finalize().into_bytes().to_vec(),
            Self::HmacSha224(m) => m.finalize().into_bytes().to_vec(),
            Self::HmacSha256(m) => m.finalize().into_bytes().to_vec(),
            Self::HmacSha384(m) => m.finalize().into_bytes().to_vec(),
            Self::HmacSha512(m) => m.finalize().into_bytes().to_vec(),
            Self::Md5(h) => h.finalize().to_vec(),
            Self::Sha1(h) => h.finalize().to_vec(),
            Self::Sha224(h) => h.finalize().to_vec(),
            Self::Sha256(h) => h.finalize().to_vec(),
            Self::Sha384(h) => h.finalize().to_vec(),
            Self::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Work {
    /// The API name shown in traces.
    pub fn api(&self) -> &'static str {
        match self {
            Work::Pbkdf2 { .. } => "crypto.pbkdf2",
            Work::Scrypt { .. } => "crypto.scrypt",
            Work::RandomBytes { .. } => "crypto.randomBytes",
            Work::Hkdf { .. } => "crypto.hkdf",
            Work::Digest { .. } => "crypto.subtle.digest",
            Work::DnsLookup { .. } => "dns.lookup",
            Work::Zlib { .. } => "zlib",
            Work::Fs { .. } => "fs",
        }
    }

    /// Virtual duration of the task, from measurements of node 20 on this machine:
    /// pbkdf2 costs per iteration and output block 0.72 µs (sha512/sha384), 0.31 µs (sha256,
    /// sha224, sha1), 0.25 µs (md5); scrypt 0.39 µs per N·r·p; random bytes 0.25 ns per byte;
    /// dns.lookup (getaddrinfo from /etc/hosts) 1.6 ms; hkdf 0.2 µs per output block;
    /// subtle.digest 0.79 ns per byte (sha256; sha1 0.75, sha384/sha512 1.21); plus 10 µs of
    /// queueing overhead for every other task.
    pub fn cost_ns(&self) -> u64 {
        const BASE: u64 = 10_000;
        match self {
            Work::Pbkdf2 {
                iterations,
                keylen,
                digest,
                ..
            } => {
                let per_iter: u64 = match digest.as_str() {
                    "sha512" | "sha384" => 720,
                    "md5" => 250,
                    _ => 310,
                };
                let hl = digest_len(digest).unwrap_or(32);
                let blocks = (*keylen).div_ceil(hl).max(1) as u64;
                BASE + u64::from(*iterations) * blocks * per_iter
            }
            Work::Scrypt { n, r, p, .. } => {
                BASE + n
                    .saturating_mul(u64::from(*r))
                    .saturating_mul(u64::from(*p))
                    * 390
            }
            Work::RandomBytes { len, .. } => BASE + (*len as u64) / 4,
            Work::Hkdf { digest, keylen, .. } => {
                let hl = digest_len(digest).unwrap_or(32);
                BASE + (*keylen).div_ceil(hl).max(1) as u64 * 200
            }
            Work::Digest { digest, data } => {
                let ps_per_byte: u64 = match digest.as_str() {
                    "sha384" | "sha512" => 1210,
                    "sha1" | "md5" => 750,
                    _ => 790,
                };
                BASE + data.len() as u64 * ps_per_byte / 1000
            }
            // What the whole input costs; the call's real cost needs its result (`cost_with`).
            Work::Zlib {
                compress, input, ..
            } => zlib_cost_ns(*compress, input.len() as u64, 0),
            // A file-system request on a warm page cache: 20 µs plus 0.25 ns per byte.
            Work::Fs { bytes, .. } => BASE + 10_000 + bytes / 4,
            // getaddrinfo answering from /etc/hosts: about 1.6 ms with node 20 here.
            Work::DnsLookup { .. } => 1_600_000,
        }
    }

    /// Whether [`Work::cost_ns`] is the task's cost before it ran (a zlib call's depends on
    /// the output it makes: [`Work::cost_with`]).
    pub fn cost_known(&self) -> bool {
        !matches!(self, Work::Zlib { .. })
    }

    /// The task's cost given its result.
    pub fn cost_with(&self, result: &WorkResult) -> u64 {
        match (self, result) {
            (
                Work::Zlib {
                    compress, input, ..
                },
                WorkResult::Zlib { written, .. },
            ) => {
                let (consumed, made) = match written {
                    Ok(w) => (input.len().saturating_sub(w.avail_in), w.out.len()),
                    Err(_) => (input.len(), 0),
                };
                zlib_cost_ns(*compress, consumed as u64, made as u64)
            }
            _ => self.cost_ns(),
        }
    }

    /// The task as the bytes it crosses `postMessage` in (zlib/snap's format); a zlib call's
    /// context moves out into them.
    pub fn to_wire(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        self.put(&mut out);
        // The context travels in the bytes.
        if let Work::Zlib { state, .. } = self {
            state.0 = None;
        }
        out
    }

    /// A task sent by [`Work::to_wire`].
    pub fn from_wire(binary: &[u8]) -> Result<Work, WireError> {
        read_wire(binary, "task")
    }

    /// Does the work (a zlib call moves the stream's context into the result).
    pub fn execute(&mut self) -> WorkResult {
        match self {
            Work::Pbkdf2 {
                password,
                salt,
                iterations,
                keylen,
                digest,
            } => {
                let mut out = vec![0u8; *keylen];
                let ok = match digest.as_str() {
                    "md5" => {
                        pbkdf2::pbkdf2::<Hmac<md5::Md5>>(password, salt, *iterations, &mut out)
                    }
                    "sha1" => {
                        pbkdf2::pbkdf2::<Hmac<sha1::Sha1>>(password, salt, *iterations, &mut out)
                    }
                    "sha224" => {
                        pbkdf2::pbkdf2::<Hmac<sha2::Sha224>>(password, salt, *iterations, &mut out)
                    }
                    "sha256" => {
                        pbkdf2::pbkdf2::<Hmac<sha2::Sha256>>(password, salt, *iterations, &mut out)
                    }
                    "sha384" => {
                        pbkdf2::pbkdf2::<Hmac<sha2::Sha384>>(password, salt, *iterations, &mut out)
                    }
                    "sha512" => {
                        pbkdf2::pbkdf2::<Hmac<sha2::Sha512>>(password, salt, *iterations, &mut out)
                    }
                    other => {
                        return WorkResult::Error {
                            code: "ERR_CRYPTO_INVALID_DIGEST".into(),
                            message: format!("Invalid digest: {other}"),
                        }
                    }
                };
                match ok {
                    Ok(()) => WorkResult::Bytes { data: out },
                    Err(_) => WorkResult::Error {
                        code: "ERR_CRYPTO_OPERATION_FAILED".into(),
                        message: "PBKDF2 failed".into(),
                    },
                }
            }
            Work::Scrypt {
                password,
                salt,
                keylen,
                n,
                r,
                p,
            } => {
                let log_n = n.trailing_zeros();
                let params = u8::try_from(log_n)
                    .ok()
                    .and_then(|l| scrypt::Params::new(l, *r, *p, (*keylen).max(10)).ok());
                let Some(params) = params else {
                    return WorkResult::Error {
                        code: "ERR_CRYPTO_INVALID_SCRYPT_PARAMS".into(),
                        message: "Invalid scrypt params".into(),
                    };
                };
                // OpenSSL derives an empty key for keylen 0; the scrypt crate refuses it.
                if *keylen == 0 {
                    return WorkResult::Bytes { data: Vec::new() };
                }
                let mut out = vec![0u8; *keylen];
                match scrypt::scrypt(password, salt, &params, &mut out) {
                    Ok(()) => WorkResult::Bytes { data: out },
                    Err(_) => WorkResult::Error {
                        code: "ERR_CRYPTO_INVALID_SCRYPT_PARAMS".into(),
                        message: "Invalid scrypt params".into(),
                    },
                }
            }
            Work::Zlib {
                stream,
                flush,
                avail_out,
                input,
                state,
                ..
            } => {
                let Some(mut c) = state.0.take() else {
                    return WorkResult::Zlib {
                        stream: *stream,
                        written: Err(ZlibError {
                            message: "zlib binding closed".into(),
                            errno: -2,
                        }),
                        state: ZlibState(None),
                    };
                };
                let written = c.write(*flush, input, *avail_out);
                WorkResult::Zlib {
                    stream: *stream,
                    written,
                    state: ZlibState(Some(c)),
                }
            }
            Work::Fs { .. } => WorkResult::Text {
                data: String::new(),
            },
            Work::DnsLookup { hostname, family } => {
                let found = lookup_host(hostname, *family);
                if found.is_empty() {
                    return WorkResult::Error {
                        code: "ENOTFOUND".into(),
                        message: format!("getaddrinfo ENOTFOUND {hostname}"),
                    };
                }
                let list: Vec<serde_json::Value> = found
                    .into_iter()
                    .map(|(address, family)| serde_json::json!({ "address": address, "family": family }))
                    .collect();
                WorkResult::Text {
                    data: serde_json::Value::Array(list).to_string(),
                }
            }
            Work::RandomBytes { len, seed } => {
                let mut state = *seed;
                let mut data = Vec::with_capacity(*len);
                while data.len() < *len {
                    let word = splitmix(&mut state).to_le_bytes();
                    let take = (*len - data.len()).min(8);
                    data.extend_from_slice(&word[..take]);
                }
                WorkResult::Bytes { data }
            }
            Work::Hkdf {
                digest,
                key,
                salt,
                info,
                keylen,
            } => match hkdf(digest, key, salt, info, *keylen) {
                Some(data) => WorkResult::Bytes { data },
                None => WorkResult::Error {
                    code: "ERR_CRYPTO_INVALID_DIGEST".into(),
                    message: format!("Invalid digest: {digest}"),
                },
            },
            Work::Digest { digest, data } => match Hasher::new(digest) {
                Some(mut h) => {
                    h.update(data);
                    WorkResult::Bytes { data: h.finish() }
                }
                None => WorkResult::Error {
                    code: "ERR_CRYPTO_INVALID_DIGEST".into(),
                    message: format!("Invalid digest: {digest}"),
                },
            },
        }
    }
}

/// HKDF (RFC 5869) with `digest`'s HMAC: PRK = HMAC(salt, key), then T(i) = HMAC(PRK, T(i-1)
/// ‖ info ‖ i) until `keylen` bytes. `None` for an unknown digest; the caller keeps `keylen`
/// within 255 digests (node's "Invalid key length" check), longer output is cut there.
pub fn hkdf(digest: &str, key: &[u8], salt: &[u8], info: &[u8], keylen: usize) -> Option<Vec<u8>> {
    let hl = digest_len(digest)?;
    // An empty salt is a block of zeros (RFC 5869 2.2); HMAC pads a short key with zeros anyway.
    let mut extract = Hasher::new_hmac(digest, salt)?;
    extract.update(key);
    let prk = extract.finish();
    let keylen = keylen.min(255 * hl);
    let mut out = Vec::with_capacity(keylen);
    let mut t: Vec<u8> = Vec::new();
    let mut i = 1u8;
    while out.len() < keylen {
        let mut m = Hasher::new_hmac(digest, &prk)?;
        m.update(&t);
        m.update(info);
        m.update(&[i]);
        t = m.finish();
        let take = (keylen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        i = i.wrapping_add(1);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-shot digest through the incremental state.
    fn hash(alg: &str, data: &[u8]) -> Option<Vec<u8>> {
        let mut h = Hasher::new(alg)?;
        h.update(data);
        Some(h.finish())
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    #[test]
    fn pbkdf2_matches_rfc6070() {
        // RFC 6070 test vector 2 (sha1, 2 iterations).
        let w = Work::Pbkdf2 {
            password: b"password".to_vec(),
            salt: b"salt".to_vec(),
            iterations: 2,
            keylen: 20,
            digest: "sha1".into(),
        };
        let WorkResult::Bytes { data } = w.clone().execute() else {
            panic!("pbkdf2 failed");
        };
        assert_eq!(hex(&data), "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957");
    }

    #[test]
    fn hashes_match_known_digests() {
        assert_eq!(
            hex(&hash("sha256", b"abc").unwrap_or_default()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(&hash("md5", b"").unwrap_or_default()),
            "d41d8cd98f00b204e9800998ecf8427e"
        );
        assert!(hash("nope", b"").is_none());
    }

    #[test]
    fn cost_is_proportional_to_work() {
        let w = |iterations| Work::Pbkdf2 {
            password: vec![],
            salt: vec![],
            iterations,
            keylen: 64,
            digest: "sha512".into(),
        };
        assert!(w(200_000).cost_ns() > 2 * w(100_000).cost_ns() - 20_000);
        // 100k sha512 iterations ≈ 72 ms, as node takes on this machine.
        assert!((70_000_000..75_000_000).contains(&w(100_000).cost_ns()));
    }

    fn gzip_call(input: &[u8], flush: i32, avail_out: usize, state: ZlibState) -> Work {
        Work::Zlib {
            stream: 9,
            compress: true,
            flush,
            avail_out,
            input: input.to_vec(),
            state,
        }
    }

    fn fresh_gzip() -> ZlibState {
        ZlibState(Some(Box::new(ZlibContext::new(3, 15, 6, 8, 0, Vec::new()))))
    }

    /// A call's outcome, and its context.
    fn outcome(r: WorkResult) -> (Result<Written, ZlibError>, ZlibState) {
        let WorkResult::Zlib { written, state, .. } = r else {
            panic!("not a zlib result");
        };
        (written, state)
    }

    #[test]
    fn zlib_calls_cross_the_wire_with_their_stream() {
        let text: Vec<u8> = (0..40_000u32)
            .map(|i| (i % 251) as u8 ^ (i / 97) as u8)
            .collect();
        let (mut here, mut there) = (fresh_gzip(), fresh_gzip());
        let (mut calls, mut made) = (0, 0);
        for (i, part) in text.chunks(7000).enumerate() {
            let flush = if (i + 1) * 7000 >= text.len() { 4 } else { 0 };
            let mut local = gzip_call(part, flush, 3000, here);
            let local_r = local.execute();
            // The same call through the wire format, as to and from a Web Worker.
            let mut sent = gzip_call(part, flush, 3000, there);
            let binary = sent.to_wire();
            assert!(binary.len() > part.len());
            assert!(matches!(
                sent,
                Work::Zlib {
                    state: ZlibState(None),
                    ..
                }
            ));
            let mut received = Work::from_wire(&binary).expect("arrives");
            assert_eq!(received.cost_with(&local_r), local.cost_with(&local_r));
            let mut r = received.execute();
            let binary = r.to_wire();
            assert!(matches!(
                r,
                WorkResult::Zlib {
                    state: ZlibState(None),
                    ..
                }
            ));
            let remote_r = WorkResult::from_wire(&binary).expect("comes back");
            assert_eq!(local.cost_with(&remote_r), local.cost_with(&local_r));
            let (a, sa) = outcome(local_r);
            let (b, sb) = outcome(remote_r);
            assert_eq!(a, b);
            assert!(a.is_ok());
            made += a.as_ref().map_or(0, |w| w.out.len());
            (here, there) = (sa, sb);
            calls += 1;
        }
        assert!(calls > 3 && made > 100);
        // A zlib failure comes back as the same error.
        let mut bad = WorkResult::Zlib {
            stream: 3,
            written: Err(ZlibError {
                message: "incorrect header check".into(),
                errno: -3,
            }),
            state: ZlibState(None),
        };
        let back = WorkResult::from_wire(&bad.to_wire()).expect("comes back");
        let (e, s) = outcome(back);
        assert_eq!(
            e.err().map(|e| (e.message, e.errno)),
            Some(("incorrect header check".into(), -3))
        );
        assert!(s.0.is_none());
    }

    #[test]
    fn every_task_and_result_crosses_the_wire() {
        let tasks = [
            Work::Pbkdf2 {
                password: b"pw".to_vec(),
                salt: b"salt".to_vec(),
                iterations: 3,
                keylen: 20,
                digest: "sha256".into(),
            },
            Work::Scrypt {
                password: b"pw".to_vec(),
                salt: b"s".to_vec(),
                keylen: 16,
                n: 16,
                r: 1,
                p: 1,
            },
            Work::Fs {
                op: "read".into(),
                bytes: 4096,
            },
            Work::DnsLookup {
                hostname: "localhost".into(),
                family: 4,
            },
            Work::RandomBytes { len: 8, seed: 42 },
            Work::Hkdf {
                digest: "sha512".into(),
                key: b"k".to_vec(),
                salt: b"s".to_vec(),
                info: b"i".to_vec(),
                keylen: 100,
            },
            Work::Digest {
                digest: "sha1".into(),
                data: b"abc".to_vec(),
            },
        ];
        for mut t in tasks {
            let local = t.clone().execute();
            let mut there = Work::from_wire(&t.to_wire()).expect("arrives");
            assert_eq!(format!("{there:?}"), format!("{t:?}"));
            assert_eq!(there.cost_ns(), t.cost_ns());
            let mut r = there.execute();
            let back = WorkResult::from_wire(&r.to_wire()).expect("comes back");
            assert_eq!(format!("{back:?}"), format!("{local:?}"));
        }
        let mut e = WorkResult::Error {
            code: "ERR_X".into(),
            message: "no".into(),
        };
        let back = WorkResult::from_wire(&e.to_wire()).expect("comes back");
        assert_eq!(format!("{back:?}"), format!("{e:?}"));
    }

    #[test]
    fn hkdf_matches_rfc5869() {
        // RFC 5869 A.1 (SHA-256) and A.3 (empty salt and info).
        let ikm = [0x0bu8; 22];
        let salt: Vec<u8> = (0..=0x0c).collect();
        let info: Vec<u8> = (0xf0..=0xf9).collect();
        let hex = |b: Vec<u8>| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        assert_eq!(
            hkdf("sha256", &ikm, &salt, &info, 42).map(hex).as_deref(),
            Some("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")
        );
        assert_eq!(
            hkdf("sha256", &ikm, &[], &[], 42).map(hex).as_deref(),
            Some("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")
        );
        assert_eq!(
            hkdf("sha1", b"k", b"s", b"", 255 * 20 + 7).map(|v| v.len()),
            Some(255 * 20)
        );
        assert!(hkdf("nope", b"k", b"s", b"", 1).is_none());
        let mut bad = Work::Digest {
            digest: "nope".into(),
            data: Vec::new(),
        };
        assert!(matches!(bad.execute(), WorkResult::Error { .. }));
    }

    #[test]
    fn malformed_messages_are_errors() {
        let mut t = Work::DnsLookup {
            hostname: "localhost".into(),
            family: 0,
        };
        let good = t.to_wire();
        for n in 0..good.len() {
            assert!(Work::from_wire(&good[..n]).is_err());
        }
        let mut long = good.clone();
        long.push(0);
        assert!(Work::from_wire(&long).is_err());
        assert!(Work::from_wire(&[9]).is_err());
        assert!(WorkResult::from_wire(&[9]).is_err());
        // A zlib call whose snapshot is cut short.
        let mut z = gzip_call(b"abc", 0, 10, fresh_gzip());
        let wire = z.to_wire();
        let cut = Work::from_wire(&wire[..wire.len() - 4]);
        assert_eq!(
            cut.err().map(|e| e.0).as_deref(),
            Some("a pool task arrived malformed")
        );
    }

    #[test]
    fn zlib_cost_follows_the_output() {
        let mut w = gzip_call(&[7u8; 100_000], 4, 1 << 20, fresh_gzip());
        assert!(!w.cost_known());
        let r = w.execute();
        let WorkResult::Zlib {
            written: Ok(ref out),
            ..
        } = r
        else {
            panic!("not a zlib result");
        };
        assert_eq!(
            w.cost_with(&r),
            zlib_cost_ns(true, 100_000, out.out.len() as u64)
        );
        // A call on a stream whose context is away reports it instead of panicking.
        let (e, _) = outcome(gzip_call(b"x", 0, 10, ZlibState(None)).execute());
        assert_eq!(
            e.err().map(|e| e.message).as_deref(),
            Some("zlib binding closed")
        );
    }
}
