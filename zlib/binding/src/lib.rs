//! node's zlib binding (the `ZlibContext` of node's src/node_zlib.cc) over the zlib-exact
//! deflate and inflate of zlib/deflate and zlib/inflate, as loopscope_core's `zlib` natives use
//! it: one context per zlib stream, with node's window-bits
//! conventions per mode, lazy initialisation, dictionaries (set at init for deflate and raw
//! inflate, on Z_NEED_DICT for zlib inflate), unzip's gzip-magic sniffing, gunzip's loop over
//! concatenated members, `params`, `reset`, and the error each call reports (zlib's message
//! when it set one, else node's "unexpected end of file" / "Missing dictionary" / …).

#![forbid(unsafe_code)]

use loopscope_deflate as deflate;
use loopscope_inflate as inflate;
pub use loopscope_zlib_snap::SnapError;
use loopscope_zlib_snap::{get_message, put_message, snap_enum, snap_struct, Reader, Snap};

/// zlib's return codes.
const Z_OK: i32 = 0;
const Z_STREAM_END: i32 = 1;
const Z_NEED_DICT: i32 = 2;
const Z_STREAM_ERROR: i32 = -2;
const Z_BUF_ERROR: i32 = -5;
const Z_FINISH: i32 = 4;

/// node's zlib modes (`zlib.constants.DEFLATE` …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    None,
    Deflate,
    Inflate,
    Gzip,
    Gunzip,
    DeflateRaw,
    InflateRaw,
    Unzip,
}

impl Mode {
    fn from_number(n: u32) -> Mode {
        match n {
            1 => Mode::Deflate,
            2 => Mode::Inflate,
            3 => Mode::Gzip,
            4 => Mode::Gunzip,
            5 => Mode::DeflateRaw,
            6 => Mode::InflateRaw,
            7 => Mode::Unzip,
            _ => Mode::None,
        }
    }

    fn compresses(self) -> bool {
        matches!(self, Mode::Deflate | Mode::Gzip | Mode::DeflateRaw)
    }
}

/// A failed call: the message and zlib's error number, as node's `onerror` gets them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZlibError {
    /// zlib's message or node's stand-in.
    pub message: String,
    /// zlib's return code (`Z_DATA_ERROR` = -3 …).
    pub errno: i32,
}

/// One call's outcome: the bytes produced and what is left of input and output space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Output bytes (at most the output space given).
    pub out: Vec<u8>,
    /// Input bytes not consumed.
    pub avail_in: usize,
    /// Output space left.
    pub avail_out: usize,
}

#[derive(Clone)]
enum Engine {
    Idle,
    Deflate(Box<deflate::Deflater>),
    Inflate(Box<inflate::Inflater>),
}

/// A zlib stream's native state.
#[derive(Clone)]
pub struct ZlibContext {
    mode: Mode,
    level: i32,
    /// node's convention: +16 gzip, +32 auto, negative raw; 0 = from the header.
    window_bits: i32,
    mem_level: i32,
    strategy: i32,
    dictionary: Vec<u8>,
    engine: Engine,
    init_done: bool,
    /// zlib's last return code.
    err: i32,
    /// zlib's `strm->msg`: set by a failing call, kept until a reset.
    msg: Option<&'static str>,
    flush: i32,
    avail_out: usize,
    gzip_id_bytes_read: u8,
}

fn deflate_status(s: deflate::Status) -> i32 {
    match s {
        deflate::Status::Ok => Z_OK,
        deflate::Status::StreamEnd => Z_STREAM_END,
        deflate::Status::BufError => Z_BUF_ERROR,
    }
}

impl ZlibContext {
    /// node's `init(windowBits, level, memLevel, strategy, …, dictionary)` for `mode`
    /// (zlib.constants numbering); zlib itself starts at the first call.
    pub fn new(
        mode: u32,
        window_bits: i32,
        level: i32,
        mem_level: i32,
        strategy: i32,
        dictionary: Vec<u8>,
    ) -> ZlibContext {
        let mode = Mode::from_number(mode);
        let window_bits = match mode {
            Mode::Gzip | Mode::Gunzip => window_bits + 16,
            Mode::Unzip => window_bits + 32,
            Mode::DeflateRaw | Mode::InflateRaw => -window_bits,
            _ => window_bits,
        };
        ZlibContext {
            mode,
            level,
            window_bits,
            mem_level,
            strategy,
            dictionary,
            engine: Engine::Idle,
            init_done: false,
            err: Z_OK,
            msg: None,
            flush: 0,
            avail_out: 0,
            gzip_id_bytes_read: 0,
        }
    }

    /// Whether this stream compresses (its calls cost by input as well as output).
    pub fn compresses(&self) -> bool {
        self.mode.compresses()
    }

    fn error(&self, message: &str) -> ZlibError {
        ZlibError {
            message: self.msg.unwrap_or(message).to_owned(),
            errno: self.err,
        }
    }

    /// deflateInit2 / inflateInit2 on the first call; true when this call did it.
    fn init_zlib(&mut self) -> bool {
        if self.init_done {
            return false;
        }
        let wb = self.window_bits;
        let bits = |w: i32| u8::try_from(w.rem_euclid(16)).unwrap_or(15);
        self.err = Z_OK;
        match self.mode {
            Mode::Deflate | Mode::Gzip | Mode::DeflateRaw => {
                let wrap = match self.mode {
                    Mode::Gzip => deflate::Wrap::Gzip,
                    Mode::DeflateRaw => deflate::Wrap::Raw,
                    _ => deflate::Wrap::Zlib,
                };
                let (Ok(mem), Ok(strategy)) =
                    (u8::try_from(self.mem_level), u8::try_from(self.strategy))
                else {
                    self.err = Z_STREAM_ERROR;
                    return self.init_failed();
                };
                match deflate::Deflater::new(self.level, bits(wb.abs()), mem, strategy, wrap) {
                    Ok(d) => self.engine = Engine::Deflate(Box::new(d)),
                    Err(_) => {
                        self.err = Z_STREAM_ERROR;
                        return self.init_failed();
                    }
                }
            }
            Mode::Inflate | Mode::Gunzip | Mode::InflateRaw | Mode::Unzip => {
                // zlib's own windowBits convention, as node passes it to inflateInit2.
                match inflate::Inflater::with_window_bits(wb) {
                    Ok(i) => self.engine = Engine::Inflate(Box::new(i)),
                    Err(e) => {
                        self.err = e.errno();
                        return self.init_failed();
                    }
                }
            }
            Mode::None => {
                self.err = Z_STREAM_ERROR;
                return self.init_failed();
            }
        }
        let _ = self.set_dictionary();
        self.init_done = true;
        true
    }

    fn init_failed(&mut self) -> bool {
        self.dictionary.clear();
        self.mode = Mode::None;
        true
    }

    fn set_dictionary(&mut self) -> Result<(), ZlibError> {
        if self.dictionary.is_empty() {
            return Ok(());
        }
        self.err = Z_OK;
        let ok = match (&mut self.engine, self.mode) {
            (Engine::Deflate(d), Mode::Deflate | Mode::DeflateRaw) => {
                d.set_dictionary(&self.dictionary).is_ok()
            }
            (Engine::Inflate(i), Mode::InflateRaw) => i.set_dictionary(&self.dictionary).is_ok(),
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            self.err = Z_STREAM_ERROR;
            Err(self.error("Failed to set dictionary"))
        }
    }

    /// One `write`: zlib's deflate/inflate with `flush` over `input` into `avail_out` bytes
    /// of output, then node's check of the result.
    pub fn write(
        &mut self,
        flush: i32,
        input: &[u8],
        avail_out: usize,
    ) -> Result<Written, ZlibError> {
        self.flush = flush;
        let mut out = vec![0u8; avail_out];
        let (consumed, produced) = self.process(input, &mut out);
        out.truncate(produced);
        self.avail_out = avail_out - produced;
        self.check()?;
        Ok(Written {
            out,
            avail_in: input.len() - consumed,
            avail_out: avail_out - produced,
        })
    }

    /// node's DoThreadPoolWork: returns (input consumed, output produced).
    fn process(&mut self, input: &[u8], out: &mut [u8]) -> (usize, usize) {
        if self.init_zlib() && self.err != Z_OK {
            return (0, 0);
        }
        if self.mode.compresses() {
            let Engine::Deflate(d) = &mut self.engine else {
                return (0, 0);
            };
            return match d.deflate(
                input,
                out,
                deflate::Flush::from_code(self.flush).unwrap_or(deflate::Flush::None),
            ) {
                Ok((used, made, status)) => {
                    self.err = deflate_status(status);
                    if self.err == Z_BUF_ERROR {
                        // zlib's ERR_RETURN leaves its text in strm->msg.
                        self.msg = Some("buffer error");
                    }
                    (used, made)
                }
                Err(_) => {
                    self.err = Z_STREAM_ERROR;
                    self.msg = Some("stream error");
                    (0, 0)
                }
            };
        }
        if self.mode == Mode::Unzip {
            self.sniff_gzip(input);
        }
        let (mut used, mut made) = self.inflate_once(input, out);
        // A zlib stream with a preset dictionary: load it and decode again.
        if self.mode != Mode::InflateRaw && self.err == Z_NEED_DICT && !self.dictionary.is_empty() {
            let dict = self.dictionary.clone();
            if let Engine::Inflate(i) = &mut self.engine {
                match i.set_dictionary(&dict) {
                    Ok(()) => {
                        let (u, m) = self.inflate_once(&input[used..], &mut out[made..]);
                        used += u;
                        made += m;
                    }
                    // A wrong dictionary: "Bad dictionary", not bad input.
                    Err(_) => self.err = Z_NEED_DICT,
                }
            }
        }
        // More gzip members may follow one that ended (trailing zeros are padding).
        while used < input.len()
            && self.mode == Mode::Gunzip
            && self.err == Z_STREAM_END
            && input[used] != 0
        {
            if self.reset_stream().is_err() {
                break;
            }
            let (u, m) = self.inflate_once(&input[used..], &mut out[made..]);
            used += u;
            made += m;
        }
        (used, made)
    }

    fn inflate_once(&mut self, input: &[u8], out: &mut [u8]) -> (usize, usize) {
        let Engine::Inflate(i) = &mut self.engine else {
            return (0, 0);
        };
        let (used, made, r) = i.inflate(
            input,
            out,
            inflate::Flush::from_i32(self.flush).unwrap_or(inflate::Flush::None),
        );
        match r {
            Ok(s) => self.err = s.as_i32(),
            Err(e) => {
                self.err = e.errno();
                self.msg = i.msg();
            }
        }
        (used, made)
    }

    /// Unzip decides between gunzip and inflate by the first two bytes, across calls.
    fn sniff_gzip(&mut self, input: &[u8]) {
        let mut next = input.iter();
        if self.gzip_id_bytes_read == 0 {
            match next.next() {
                None => return,
                Some(0x1f) => self.gzip_id_bytes_read = 1,
                Some(_) => {
                    self.mode = Mode::Inflate;
                    return;
                }
            }
        }
        if self.gzip_id_bytes_read == 1 {
            match next.next() {
                None => {}
                Some(0x8b) => {
                    self.gzip_id_bytes_read = 2;
                    self.mode = Mode::Gunzip;
                }
                Some(_) => self.mode = Mode::Inflate,
            }
        }
    }

    /// node's GetErrorInfo after a call.
    fn check(&self) -> Result<(), ZlibError> {
        match self.err {
            Z_OK | Z_BUF_ERROR => {
                if self.avail_out != 0 && self.flush == Z_FINISH {
                    return Err(self.error("unexpected end of file"));
                }
                Ok(())
            }
            Z_STREAM_END => Ok(()),
            Z_NEED_DICT => Err(self.error(if self.dictionary.is_empty() {
                "Missing dictionary"
            } else {
                "Bad dictionary"
            })),
            _ => Err(self.error("Zlib error")),
        }
    }

    fn reset_stream(&mut self) -> Result<(), ZlibError> {
        if self.init_zlib() && self.err != Z_OK {
            return Err(self.error("Failed to init stream before reset"));
        }
        self.err = Z_OK;
        match (&mut self.engine, self.mode) {
            (Engine::Deflate(d), _) => d.reset(),
            (Engine::Inflate(i), Mode::Inflate | Mode::InflateRaw | Mode::Gunzip) => i.reset(),
            _ => {}
        }
        self.msg = None;
        self.set_dictionary()
    }

    /// `reset()`: deflateReset / inflateReset, then the dictionary again.
    pub fn reset(&mut self) -> Result<(), ZlibError> {
        self.reset_stream()
    }

    /// `params(level, strategy)`: deflateParams for deflate and deflateRaw streams (a no-op for
    /// the others, as in node). Output it makes lands where node's would: nowhere the stream
    /// reads.
    pub fn params(&mut self, level: i32, strategy: i32) -> Result<(), ZlibError> {
        if self.init_zlib() && self.err != Z_OK {
            return Err(self.error("Failed to init stream before set parameters"));
        }
        self.err = Z_OK;
        if matches!(self.mode, Mode::Deflate | Mode::DeflateRaw) {
            if let Engine::Deflate(d) = &mut self.engine {
                let mut scratch = vec![0u8; self.avail_out];
                self.err = match u8::try_from(strategy)
                    .ok()
                    .map(|s| d.params(level, s, &mut scratch))
                {
                    Some(Ok((_, status))) => deflate_status(status),
                    _ => Z_STREAM_ERROR,
                };
            }
        }
        if self.err != Z_OK && self.err != Z_BUF_ERROR {
            return Err(self.error("Failed to set parameters"));
        }
        Ok(())
    }
}

/// The binding's own `strm->msg` texts, then inflate's.
const OWN_MESSAGES: [&str; 2] = ["buffer error", "stream error"];

snap_enum!(Mode {
    None,
    Deflate,
    Inflate,
    Gzip,
    Gunzip,
    DeflateRaw,
    InflateRaw,
    Unzip
});

impl ZlibContext {
    /// The stream's whole state as bytes (settings, zlib's window, hash chains, pending output,
    /// trees), for [`ZlibContext::restore`] in another instance of the same build: how a
    /// stream's call runs on a thread-pool Web Worker. (The same bytes as its [`Snap`] form.)
    pub fn snapshot(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.put(&mut out);
        out
    }

    /// A stream saved by [`ZlibContext::snapshot`]; it continues exactly like the original.
    pub fn restore(data: &[u8]) -> Result<ZlibContext, SnapError> {
        let r = &mut Reader::new(data);
        let c = ZlibContext::get(r)?;
        if !r.is_empty() {
            return Err(SnapError);
        }
        Ok(c)
    }
}

impl Snap for ZlibContext {
    fn put(&self, out: &mut Vec<u8>) {
        let ZlibContext {
            mode,
            level,
            window_bits,
            mem_level,
            strategy,
            dictionary,
            engine,
            init_done,
            err,
            msg,
            flush,
            avail_out,
            gzip_id_bytes_read,
        } = self;
        mode.put(out);
        level.put(out);
        window_bits.put(out);
        mem_level.put(out);
        strategy.put(out);
        dictionary.put(out);
        init_done.put(out);
        err.put(out);
        match msg.and_then(|m| OWN_MESSAGES.iter().position(|o| *o == m)) {
            Some(i) => out.push(i as u8 + 1),
            None => {
                out.push(0);
                put_message(*msg, inflate::MESSAGES, out);
            }
        }
        flush.put(out);
        avail_out.put(out);
        gzip_id_bytes_read.put(out);
        match engine {
            Engine::Idle => out.push(0),
            Engine::Deflate(d) => {
                out.push(1);
                d.snapshot(out);
            }
            Engine::Inflate(i) => {
                out.push(2);
                i.snapshot(out);
            }
        }
    }

    fn get(r: &mut Reader<'_>) -> Result<ZlibContext, SnapError> {
        let mode = Mode::get(r)?;
        let level = i32::get(r)?;
        let window_bits = i32::get(r)?;
        let mem_level = i32::get(r)?;
        let strategy = i32::get(r)?;
        let dictionary = Vec::get(r)?;
        let init_done = bool::get(r)?;
        let err = i32::get(r)?;
        let msg = match u8::get(r)? {
            0 => get_message(inflate::MESSAGES, r)?,
            i => Some(*OWN_MESSAGES.get(usize::from(i) - 1).ok_or(SnapError)?),
        };
        let flush = i32::get(r)?;
        let avail_out = usize::get(r)?;
        let gzip_id_bytes_read = u8::get(r)?;
        let engine = match u8::get(r)? {
            0 => Engine::Idle,
            1 => Engine::Deflate(Box::new(deflate::Deflater::restore(r)?)),
            2 => Engine::Inflate(Box::new(inflate::Inflater::restore(r)?)),
            _ => return Err(SnapError),
        };
        Ok(ZlibContext {
            mode,
            level,
            window_bits,
            mem_level,
            strategy,
            dictionary,
            engine,
            init_done,
            err,
            msg,
            flush,
            avail_out,
            gzip_id_bytes_read,
        })
    }
}

snap_struct!(Written {
    out,
    avail_in,
    avail_out
});
snap_struct!(ZlibError { message, errno });

/// CRC-32 (the gzip polynomial) of `data`, continuing from `crc` (`zlib.crc32`).
pub fn crc32(data: &[u8], crc: u32) -> u32 {
    loopscope_zlib_checksum::crc32(crc, data)
}
