//! `loopscope_inflate` — a from-scratch Rust decompressor for DEFLATE data
//! (raw, zlib-wrapped and gzip-wrapped) whose observable behaviour follows
//! zlib 1.3.1's `inflate()` call by call, as Node.js 20 drives it.
//!
//! The core type is [`Inflater`]; one [`Inflater::inflate`] call behaves like
//! one zlib `inflate()` call with `next_in`/`avail_in` and
//! `next_out`/`avail_out`: it consumes as much input as it can (buffering
//! bits), writes as much output as fits, and reports the same status codes
//! and the same `strm->msg` texts zlib reports.
//!
//! Node's native binding on top of it (modes, dictionaries, gunzip members,
//! the error each call reports) is zlib/binding, whose tests replay the
//! vectors this crate's tests/record.js records from node.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod fast;
mod inflate;
mod tables;

pub use inflate::snapshot::MESSAGES;
pub use inflate::Inflater;

use std::fmt;

/// Which container the compressed data is expected to be in
/// (the `windowBits` encoding of zlib's `inflateInit2()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Wrap {
    /// Bare DEFLATE data, no header or trailer (negative `windowBits`).
    Raw,
    /// zlib header and Adler-32 trailer (`windowBits` 0 or 8..15).
    Zlib,
    /// gzip header and CRC-32/ISIZE trailer (`windowBits` + 16).
    Gzip,
    /// zlib or gzip, decided by the header (`windowBits` + 32).
    Auto,
}

/// The `flush` argument of `inflate()`.
///
/// For inflate only [`Flush::Finish`], [`Flush::Block`] and [`Flush::Trees`]
/// change behaviour; the others act like [`Flush::None`], exactly as in zlib.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flush {
    /// `Z_NO_FLUSH` (0)
    None,
    /// `Z_PARTIAL_FLUSH` (1)
    Partial,
    /// `Z_SYNC_FLUSH` (2)
    Sync,
    /// `Z_FULL_FLUSH` (3)
    Full,
    /// `Z_FINISH` (4)
    Finish,
    /// `Z_BLOCK` (5)
    Block,
    /// `Z_TREES` (6)
    Trees,
}

impl Flush {
    /// zlib's numeric value for this flush mode.
    pub fn as_i32(self) -> i32 {
        match self {
            Flush::None => 0,
            Flush::Partial => 1,
            Flush::Sync => 2,
            Flush::Full => 3,
            Flush::Finish => 4,
            Flush::Block => 5,
            Flush::Trees => 6,
        }
    }

    /// The flush mode with zlib's numeric value `v`, if there is one.
    pub fn from_i32(v: i32) -> Option<Flush> {
        Some(match v {
            0 => Flush::None,
            1 => Flush::Partial,
            2 => Flush::Sync,
            3 => Flush::Full,
            4 => Flush::Finish,
            5 => Flush::Block,
            6 => Flush::Trees,
            _ => return None,
        })
    }
}

/// Non-error results of one `inflate()` call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// `Z_OK`: progress was made, the stream is not finished.
    Ok,
    /// `Z_STREAM_END`: the end of the compressed data (and trailer) was reached.
    StreamEnd,
    /// `Z_NEED_DICT`: a preset dictionary is needed; see [`Inflater::adler`]
    /// for its Adler-32 and [`Inflater::set_dictionary`].
    NeedDict,
    /// `Z_BUF_ERROR`: no progress was possible, or `Z_FINISH` was requested
    /// and the stream did not end. Not fatal: call again with more input or
    /// output space.
    BufError,
}

impl Status {
    /// zlib's numeric return code for this status.
    pub fn as_i32(self) -> i32 {
        match self {
            Status::Ok => 0,
            Status::StreamEnd => 1,
            Status::NeedDict => 2,
            Status::BufError => -5,
        }
    }
}

/// Error classes, as zlib's negative return codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    /// `Z_DATA_ERROR` (-3): the input is not valid compressed data.
    Data,
    /// `Z_STREAM_ERROR` (-2): invalid parameter or call at the wrong time.
    Stream,
    /// `Z_MEM_ERROR` (-4): kept for completeness; never produced.
    Mem,
    /// `Z_BUF_ERROR` (-5): kept for completeness; `inflate` reports this as
    /// [`Status::BufError`] because it is not fatal.
    Buf,
}

impl Code {
    /// zlib's numeric return code.
    pub fn as_i32(self) -> i32 {
        match self {
            Code::Data => -3,
            Code::Stream => -2,
            Code::Mem => -4,
            Code::Buf => -5,
        }
    }

    /// zlib's `zError()` text for the code.
    pub fn default_msg(self) -> &'static str {
        match self {
            Code::Data => "data error",
            Code::Stream => "stream error",
            Code::Mem => "insufficient memory",
            Code::Buf => "buffer error",
        }
    }
}

/// An error from the decompressor.
///
/// `msg` is the text zlib stores in `strm->msg` (for example
/// `"invalid distance too far back"`). When zlib returns an error without
/// setting `strm->msg` (a dictionary with the wrong Adler-32, a call in the
/// wrong state) `msg` is zlib's generic `zError()` text for the code and
/// [`Inflater::msg`] stays `None`, as `strm->msg` would.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ZError {
    /// Error class.
    pub code: Code,
    /// Message text.
    pub msg: &'static str,
}

impl ZError {
    pub(crate) fn stream() -> ZError {
        ZError {
            code: Code::Stream,
            msg: Code::Stream.default_msg(),
        }
    }

    /// zlib's numeric return code for this error.
    pub fn errno(&self) -> i32 {
        self.code.as_i32()
    }
}

impl fmt::Display for ZError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.msg)
    }
}

impl std::error::Error for ZError {}
