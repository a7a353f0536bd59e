//! A DEFLATE compressor whose output is byte-for-byte identical to the zlib
//! that ships with Node.js 20 (Chromium's zlib fork, version
//! `1.3.1-e00f703`).
//!
//! The design mirrors zlib's streaming interface: a [`Deflater`] is one
//! `z_stream` after `deflateInit2()`, and [`Deflater::deflate`] is one call of
//! `deflate()` with `next_in`/`avail_in` set to the input slice and
//! `next_out`/`avail_out` set to the output slice. Block boundaries, match
//! choices, stored-block sizing (which depends on the output space offered)
//! and flush markers all follow zlib, including the Chromium differences:
//!
//! * strings are hashed from the four bytes at the position with a
//!   multiplicative hash (`((v * 66521 + 66521) >> 16) & mask`), at every
//!   level, and the hash table always has at least 2^15 entries;
//! * the hash table is primed in `fill_window()` only while four bytes are
//!   available, and the window starts out zeroed (the hash may read one byte
//!   past the data).
//!
//! Everything is portable safe Rust with no target-specific code, so the
//! output is the same on every target (including `wasm32`).
//!
//! ```
//! use loopscope_deflate::{Deflater, Flush, Status, Wrap};
//!
//! # fn main() -> Result<(), loopscope_deflate::Error> {
//! // zlib.deflateSync("hello") in Node.js 20:
//! let mut d = Deflater::new(-1, 15, 8, 0, Wrap::Zlib)?;
//! let mut out = [0u8; 64];
//! let (used, written, status) = d.deflate(b"hello", &mut out, Flush::Finish)?;
//! assert_eq!((used, status), (5, Status::StreamEnd));
//! assert_eq!(
//!     &out[..written],
//!     &[0x78, 0x9c, 0xcb, 0x48, 0xcd, 0xc9, 0xc9, 0x07, 0x00, 0x06, 0x2c, 0x02, 0x15]
//! );
//! # Ok(())
//! # }
//! ```
//!
//! Node.js itself adds a few behaviours on top of zlib that a caller
//! emulating it must reproduce (see zlib/binding/tests/deflate_replay.rs): `deflateSync` calls
//! `deflate(Z_FINISH)` into `chunkSize`-byte buffers until a call leaves
//! space; streams share one output buffer across writes; `flush()` defaults
//! to `Z_FULL_FLUSH`; `params()` first does a `Z_SYNC_FLUSH` and then is
//! ignored for gzip streams; empty dictionaries and gzip dictionaries are not
//! applied; `createDeflateRaw` turns `windowBits` 8 into 9.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod deflate;
mod pending;
mod trees;

pub use deflate::Deflater;

/// Which container wraps the raw DEFLATE data (zlib's `windowBits` sign and
/// `+16` convention).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Wrap {
    /// Raw DEFLATE, no header or trailer (negative `windowBits`).
    Raw,
    /// zlib wrapper: two-byte header, optional dictionary id, Adler-32.
    Zlib,
    /// gzip wrapper: ten-byte header, CRC-32 and length trailer.
    Gzip,
}

/// The `flush` argument of one `deflate()` call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flush {
    /// `Z_NO_FLUSH` (0).
    None,
    /// `Z_PARTIAL_FLUSH` (1).
    Partial,
    /// `Z_SYNC_FLUSH` (2).
    Sync,
    /// `Z_FULL_FLUSH` (3).
    Full,
    /// `Z_FINISH` (4).
    Finish,
    /// `Z_BLOCK` (5).
    Block,
}

impl Flush {
    /// zlib's numeric value of this flush mode.
    pub fn code(self) -> i32 {
        match self {
            Flush::None => 0,
            Flush::Partial => 1,
            Flush::Sync => 2,
            Flush::Full => 3,
            Flush::Finish => 4,
            Flush::Block => 5,
        }
    }

    /// The flush mode for zlib's numeric value, if it is one (0..=5).
    pub fn from_code(code: i32) -> Option<Flush> {
        Some(match code {
            0 => Flush::None,
            1 => Flush::Partial,
            2 => Flush::Sync,
            3 => Flush::Full,
            4 => Flush::Finish,
            5 => Flush::Block,
            _ => return None,
        })
    }
}

/// Non-error outcome of a call, as zlib's return codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// `Z_OK`: progress was made (or more output space is needed).
    Ok,
    /// `Z_STREAM_END`: all input consumed and the stream is complete.
    StreamEnd,
    /// `Z_BUF_ERROR`: no progress was possible; not fatal.
    BufError,
}

/// Fatal outcome of a call, as zlib's error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// `Z_STREAM_ERROR`: invalid parameter or call in the wrong state.
    Stream,
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Stream => f.write_str("stream error (Z_STREAM_ERROR)"),
        }
    }
}

impl std::error::Error for Error {}
