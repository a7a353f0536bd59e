//! What node's JavaScript layer hands its native zlib handle for the decompressors: the
//! mode, the `windowBits` it computes from the options, chunkSize/flush/finishFlush and the
//! dictionary, plus the names of zlib's return codes.
#![allow(dead_code)]

use loopscope_inflate::Flush;

/// Which Node decompressor class is modelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeMode {
    /// `Inflate` / `inflateSync` (zlib wrapper).
    Inflate,
    /// `Gunzip` / `gunzipSync` (gzip wrapper, multi-member).
    Gunzip,
    /// `InflateRaw` / `inflateRawSync`.
    InflateRaw,
    /// `Unzip` / `unzipSync` (zlib or gzip, sniffed).
    Unzip,
}

/// The name Node gives a zlib return code (`ZlibStrerror`).
pub fn code_name(err: i32) -> &'static str {
    match err {
        0 => "Z_OK",
        1 => "Z_STREAM_END",
        2 => "Z_NEED_DICT",
        -1 => "Z_ERRNO",
        -2 => "Z_STREAM_ERROR",
        -3 => "Z_DATA_ERROR",
        -4 => "Z_MEM_ERROR",
        -5 => "Z_BUF_ERROR",
        -6 => "Z_VERSION_ERROR",
        _ => "Z_UNKNOWN_ERROR",
    }
}

/// The `windowBits` that Node's JavaScript layer passes to the binding.
///
/// `options_given` tells whether an options object was passed at all (with
/// none, Node uses 15; with one whose `windowBits` is absent or 0, the zlib
/// decoders use 0, meaning "from the header").  `None` means Node throws a
/// `RangeError` instead.
pub fn js_window_bits(mode: NodeMode, options_given: bool, window_bits: Option<u8>) -> Option<u8> {
    if !options_given {
        return Some(15);
    }
    let header_sized = matches!(mode, NodeMode::Inflate | NodeMode::Gunzip | NodeMode::Unzip);
    match window_bits {
        None | Some(0) if header_sized => Some(0),
        None => Some(15),
        Some(w) if (8..=15).contains(&w) => Some(w),
        Some(_) => None,
    }
}

/// Settings of a Node decompressor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// `chunkSize`: size of each output buffer (Node's default 16384).
    pub chunk_size: usize,
    /// `flush`: flush mode of ordinary stream writes (default `Z_NO_FLUSH`).
    pub flush: Flush,
    /// `finishFlush`: flush mode of the last call (default `Z_FINISH`).
    pub finish_flush: Flush,
    /// windowBits as handed to the binding; see [`js_window_bits`].
    pub window_bits: u8,
    /// `dictionary` (empty means none, as in Node).
    pub dictionary: Vec<u8>,
}

impl Default for Options {
    /// Node's defaults when no options object is given.
    fn default() -> Self {
        Options {
            chunk_size: 16 * 1024,
            flush: Flush::None,
            finish_flush: Flush::Finish,
            window_bits: 15,
            dictionary: Vec::new(),
        }
    }
}
