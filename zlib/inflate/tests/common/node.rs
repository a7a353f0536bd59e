//! Node.js' zlib layer over [`Inflater`], reproducing what Node 20 reports.
//!
//! Three levels are modelled, each following Node's sources:
//!
//! * [`node_error`] — the binding's mapping from a zlib return code (plus
//!   `strm->msg`, the output space left and the flush mode) to the
//!   `message` / `code` / `errno` of the JavaScript `Error`.
//! * [`NodeContext`] — one native `write()`: the `inflate()` call, the
//!   automatic dictionary retry on `Z_NEED_DICT`, the gunzip loop that
//!   restarts on a following member unless the next byte is `0x00`, and the
//!   gzip/zlib sniffing of `Unzip`.
//! * [`inflate_sync`] and [`NodeStream`] — the JavaScript driver loops of
//!   `zlib.inflateSync()` & co. and of `createInflate()` & co., which hand
//!   the binding `chunkSize`-byte output buffers.

use loopscope_inflate::{Code, Flush, Inflater, Status, Wrap, ZError};

/// zlib return codes as Node sees them.
pub const Z_OK: i32 = 0;
/// `Z_STREAM_END`
pub const Z_STREAM_END: i32 = 1;
/// `Z_NEED_DICT`
pub const Z_NEED_DICT: i32 = 2;
/// `Z_STREAM_ERROR`
pub const Z_STREAM_ERROR: i32 = -2;
/// `Z_DATA_ERROR`
pub const Z_DATA_ERROR: i32 = -3;
/// `Z_BUF_ERROR`
pub const Z_BUF_ERROR: i32 = -5;

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

/// The error Node raises: `err.message`, `err.code`, `err.errno`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NodeError {
    /// `err.message`
    pub message: &'static str,
    /// `err.code`, e.g. `"Z_DATA_ERROR"`
    pub code: &'static str,
    /// `err.errno`, the zlib return code
    pub errno: i32,
}

impl std::fmt::Display for NodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}, errno {})", self.message, self.code, self.errno)
    }
}

impl std::error::Error for NodeError {}

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

/// The zlib return code of an [`Inflater::inflate`] result.
pub fn result_code(result: &Result<Status, ZError>) -> i32 {
    match result {
        Ok(s) => s.as_i32(),
        Err(e) => e.errno(),
    }
}

/// Node's check after a native write (`GetErrorInfo`): `None` when the
/// outcome is not an error.
///
/// `err` is the zlib return code left by the write, `strm_msg` zlib's
/// `strm->msg` (which, when set, replaces Node's own text), `avail_out` the
/// output space left, `flush` the flush mode of the write, and
/// `has_dictionary` whether a non-empty dictionary was configured.
pub fn node_error(
    err: i32,
    strm_msg: Option<&'static str>,
    avail_out: usize,
    flush: Flush,
    has_dictionary: bool,
) -> Option<NodeError> {
    let default = match err {
        Z_OK | Z_BUF_ERROR => {
            if avail_out != 0 && flush == Flush::Finish {
                "unexpected end of file"
            } else {
                return None;
            }
        }
        Z_STREAM_END => return None,
        Z_NEED_DICT => {
            if has_dictionary {
                "Bad dictionary"
            } else {
                "Missing dictionary"
            }
        }
        _ => "Zlib error",
    };
    Some(NodeError {
        message: strm_msg.unwrap_or(default),
        code: code_name(err),
        errno: err,
    })
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

/// The native zlib context of one Node decompressor (`ZlibContext`).
#[derive(Clone, Debug)]
pub struct NodeContext {
    strm: Inflater,
    mode: NodeMode,
    gzip_id_bytes_read: u8,
    dictionary: Vec<u8>,
    err: i32,
}

impl NodeContext {
    /// `init()`: create the stream; a raw stream gets its dictionary now.
    pub fn new(mode: NodeMode, window_bits: u8, dictionary: &[u8]) -> Result<Self, NodeError> {
        let wrap = match mode {
            NodeMode::Inflate => Wrap::Zlib,
            NodeMode::Gunzip => Wrap::Gzip,
            NodeMode::InflateRaw => Wrap::Raw,
            NodeMode::Unzip => Wrap::Auto,
        };
        let strm = Inflater::new(window_bits, wrap).map_err(|e| NodeError {
            message: "Init error",
            code: code_name(e.errno()),
            errno: e.errno(),
        })?;
        let mut ctx = NodeContext {
            strm,
            mode,
            gzip_id_bytes_read: 0,
            dictionary: dictionary.to_vec(),
            err: Z_OK,
        };
        ctx.set_raw_dictionary()?;
        Ok(ctx)
    }

    fn set_raw_dictionary(&mut self) -> Result<(), NodeError> {
        if self.mode == NodeMode::InflateRaw && !self.dictionary.is_empty() {
            if let Err(e) = self.strm.set_dictionary(&self.dictionary) {
                self.err = e.errno();
                return Err(NodeError {
                    message: self.strm.msg().unwrap_or("Failed to set dictionary"),
                    code: code_name(self.err),
                    errno: self.err,
                });
            }
        }
        Ok(())
    }

    /// The underlying zlib stream.
    pub fn stream(&self) -> &Inflater {
        &self.strm
    }

    /// The mode now in effect (`Unzip` turns into `Inflate` or `Gunzip` once
    /// the first bytes are seen).
    pub fn mode(&self) -> NodeMode {
        self.mode
    }

    /// `reset()` (`ResetStream`).
    pub fn reset(&mut self) -> Result<(), NodeError> {
        self.err = Z_OK;
        if self.mode != NodeMode::Unzip {
            self.strm.reset();
        }
        self.set_raw_dictionary()
    }

    fn run(&mut self, input: &[u8], output: &mut [u8], at: &mut (usize, usize), flush: Flush) {
        let (c, p, r) = self
            .strm
            .inflate(&input[at.0..], &mut output[at.1..], flush);
        at.0 += c;
        at.1 += p;
        self.err = result_code(&r);
    }

    /// One native `write()`/`writeSync()`: returns bytes consumed, bytes
    /// produced and the error Node would raise, if any.
    pub fn write(
        &mut self,
        flush: Flush,
        input: &[u8],
        output: &mut [u8],
    ) -> (usize, usize, Option<NodeError>) {
        if self.mode == NodeMode::Unzip && !input.is_empty() {
            let mut idx = 0;
            let mut decide = true;
            if self.gzip_id_bytes_read == 0 {
                if input[0] == 0x1f {
                    self.gzip_id_bytes_read = 1;
                    idx = 1;
                    decide = input.len() > 1;
                } else {
                    self.mode = NodeMode::Inflate;
                    decide = false;
                }
            }
            if decide && self.gzip_id_bytes_read == 1 {
                if input[idx] == 0x8b {
                    self.gzip_id_bytes_read = 2;
                    self.mode = NodeMode::Gunzip;
                } else {
                    self.mode = NodeMode::Inflate;
                }
            }
        }

        let mut at = (0usize, 0usize);
        self.run(input, output, &mut at, flush);

        if self.mode != NodeMode::InflateRaw
            && self.err == Z_NEED_DICT
            && !self.dictionary.is_empty()
        {
            match self.strm.set_dictionary(&self.dictionary) {
                Ok(()) => self.run(input, output, &mut at, flush),
                Err(e) if e.code == Code::Data => self.err = Z_NEED_DICT,
                Err(e) => self.err = e.errno(),
            }
        }

        while at.0 < input.len()
            && self.mode == NodeMode::Gunzip
            && self.err == Z_STREAM_END
            && input[at.0] != 0
        {
            // Another gzip member, or trailing garbage.
            self.err = Z_OK;
            self.strm.reset();
            self.run(input, output, &mut at, flush);
        }

        let error = node_error(
            self.err,
            self.strm.msg(),
            output.len() - at.1,
            flush,
            !self.dictionary.is_empty(),
        );
        (at.0, at.1, error)
    }
}

/// `zlib.inflateSync()`, `gunzipSync()`, `inflateRawSync()`, `unzipSync()`:
/// the whole input in one go with `finishFlush`, into `chunkSize` buffers.
pub fn inflate_sync(mode: NodeMode, input: &[u8], opts: &Options) -> Result<Vec<u8>, NodeError> {
    let mut ctx = NodeContext::new(mode, opts.window_bits, &opts.dictionary)?;
    let chunk = opts.chunk_size.max(1);
    let mut buf = vec![0u8; chunk];
    let mut out = Vec::new();
    let mut in_off = 0;
    loop {
        let (c, p, err) = ctx.write(opts.finish_flush, &input[in_off..], &mut buf);
        if let Some(e) = err {
            return Err(e);
        }
        out.extend_from_slice(&buf[..p]);
        in_off += c;
        if p < chunk {
            return Ok(out);
        }
    }
}

/// Flush strength order used by Node to combine flush modes.
fn flushiness(f: Flush) -> u8 {
    match f {
        Flush::None | Flush::Trees => 0,
        Flush::Block => 1,
        Flush::Partial => 2,
        Flush::Sync => 3,
        Flush::Full => 4,
        Flush::Finish => 5,
    }
}

/// What one stream operation pushed: the chunks (`'data'` events, in
/// order) and the error that destroyed the stream, if any.  Chunks pushed
/// before an error are still delivered, as in Node.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pushed {
    /// Output chunks, one per `'data'` event.
    pub chunks: Vec<Vec<u8>>,
    /// The `'error'` event, if the stream failed.
    pub error: Option<NodeError>,
}

/// The error Node's stream machinery raises when output is pushed after
/// the readable side already ended (`errno` is not set: 0 here).
pub const PUSH_AFTER_EOF: NodeError = NodeError {
    message: "stream.push() after EOF",
    code: "ERR_STREAM_PUSH_AFTER_EOF",
    errno: 0,
};

/// A `createInflate()`-style stream fed by `write()`s that each complete
/// before the next, then `end()`.
///
/// After an error the stream is destroyed and further calls push nothing
/// and report the same error.
#[derive(Clone, Debug)]
pub struct NodeStream {
    ctx: NodeContext,
    chunk_size: usize,
    out_buffer: Vec<u8>,
    out_offset: usize,
    flush: Flush,
    finish_flush: Flush,
    bytes_written: u64,
    readable_ended: bool,
    error: Option<NodeError>,
}

impl NodeStream {
    /// Create the stream.
    pub fn new(mode: NodeMode, opts: &Options) -> Result<Self, NodeError> {
        let chunk_size = opts.chunk_size.max(1);
        Ok(NodeStream {
            ctx: NodeContext::new(mode, opts.window_bits, &opts.dictionary)?,
            chunk_size,
            out_buffer: vec![0; chunk_size],
            out_offset: 0,
            flush: opts.flush,
            finish_flush: opts.finish_flush,
            bytes_written: 0,
            readable_ended: false,
            error: None,
        })
    }

    /// `stream.bytesWritten`: input consumed by successful native writes.
    pub fn bytes_written(&self) -> u64 {
        self.bytes_written
    }

    /// Whether the readable side was ended early because the decompressor
    /// stopped taking input (it reached the end of the compressed data).
    pub fn readable_ended(&self) -> bool {
        self.readable_ended
    }

    /// The error that destroyed the stream, if any.
    pub fn error(&self) -> Option<NodeError> {
        self.error
    }

    /// `stream.write(chunk)`.
    pub fn write(&mut self, chunk: &[u8]) -> Pushed {
        let flush = self.flush;
        self.transform(chunk, flush)
    }

    /// `stream.end()`: the final empty chunk, with `finishFlush` applied.
    pub fn end(&mut self) -> Pushed {
        let flush = if flushiness(self.flush) > flushiness(self.finish_flush) {
            self.flush
        } else {
            self.finish_flush
        };
        self.transform(&[], flush)
    }

    /// Node's `processChunk` for one chunk with an explicit flush mode.
    pub fn transform(&mut self, chunk: &[u8], flush: Flush) -> Pushed {
        let mut pushed = Pushed::default();
        if let Some(e) = self.error {
            pushed.error = Some(e);
            return pushed;
        }
        let mut in_off = 0;
        let mut avail_out_before = self.chunk_size - self.out_offset;
        loop {
            let start = self.out_offset;
            let (c, p, err) = self.ctx.write(
                flush,
                &chunk[in_off..],
                &mut self.out_buffer[start..start + avail_out_before],
            );
            if let Some(e) = err {
                self.error = Some(e);
                pushed.error = Some(e);
                return pushed;
            }
            self.bytes_written += c as u64;
            in_off += c;
            if p > 0 {
                if self.readable_ended {
                    self.error = Some(PUSH_AFTER_EOF);
                    pushed.error = Some(PUSH_AFTER_EOF);
                    return pushed;
                }
                pushed
                    .chunks
                    .push(self.out_buffer[start..start + p].to_vec());
                self.out_offset += p;
            }
            let avail_out_after = avail_out_before - p;
            if avail_out_after == 0 || self.out_offset >= self.chunk_size {
                avail_out_before = self.chunk_size;
                self.out_offset = 0;
            }
            if avail_out_after == 0 {
                continue;
            }
            if in_off < chunk.len() {
                self.readable_ended = true;
            }
            return pushed;
        }
    }
}

impl From<ZError> for NodeError {
    fn from(e: ZError) -> Self {
        NodeError {
            message: e.msg,
            code: code_name(e.errno()),
            errno: e.errno(),
        }
    }
}
