//! The inflate state machine: one [`Inflater::inflate`] call corresponds to
//! one zlib `inflate()` call.
//!
//! Every state consumes input only as far as it needs to: the decoder pulls
//! one byte at a time into a bit buffer and returns as soon as input runs out
//! (having consumed all of it) or output is full, keeping partial state so
//! the next call resumes exactly where this one stopped.  Header checks,
//! error messages, the ordering of checks, the sliding window of
//! `1 << windowBits` bytes (plus whatever the current call has written), and
//! the `Z_BUF_ERROR` rules all follow zlib 1.3.1.

use crate::fast::{self, Codes, Cursor, Exit};
use crate::tables::{self, Alphabet, Entry};
use crate::{Code, Flush, Status, Wrap, ZError};
use loopscope_zlib_checksum::{adler32, crc32};

/// Decoder states, in zlib's order (comparisons between states matter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Mode {
    Head,
    Flags,
    Time,
    Os,
    ExLen,
    Extra,
    Name,
    Comment,
    HCrc,
    DictId,
    Dict,
    Type,
    TypeDo,
    Stored,
    CopyStart,
    Copy,
    Table,
    LenLens,
    CodeLens,
    LenStart,
    Len,
    LenExt,
    Dist,
    DistExt,
    Match,
    Lit,
    Check,
    Length,
    Done,
    Bad,
}

/// Which tables the current block decodes with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tables {
    Fixed,
    /// Offsets into `Inflater::codes`.
    Dynamic {
        lit: usize,
        dist: usize,
    },
}

/// The sliding window: the most recent output of earlier calls (or a preset
/// dictionary), kept circularly.
#[derive(Clone, Debug, Default)]
pub(crate) struct Window {
    buf: Vec<u8>,
    /// Window size, or 0 while no window is in use.
    pub size: usize,
    /// Valid bytes in the window.
    pub have: usize,
    /// Where the next byte goes.
    pub next: usize,
}

impl Window {
    fn clear(&mut self) {
        self.size = 0;
        self.have = 0;
        self.next = 0;
    }

    /// Append the bytes of `data` (only the last `size` bytes matter).
    fn update(&mut self, wbits: u32, data: &[u8]) {
        if self.size == 0 {
            self.size = 1usize << wbits.min(15);
            self.next = 0;
            self.have = 0;
        }
        if self.buf.len() != self.size {
            self.buf.resize(self.size, 0);
        }
        let size = self.size;
        let n = data.len();
        if n >= size {
            self.buf.copy_from_slice(&data[n - size..]);
            self.next = 0;
            self.have = size;
            return;
        }
        let first = (size - self.next).min(n);
        self.buf[self.next..self.next + first].copy_from_slice(&data[..first]);
        let rest = n - first;
        if rest > 0 {
            self.buf[..rest].copy_from_slice(&data[first..]);
            self.next = rest;
            self.have = size;
        } else {
            self.next += first;
            if self.next == size {
                self.next = 0;
            }
            if self.have < size {
                self.have += first;
            }
        }
    }

    /// Start of the window bytes `back` bytes before its end, and how many
    /// bytes are contiguous from there.  Needs `1 <= back <= have`.
    #[inline]
    fn locate(&self, back: usize) -> (usize, usize) {
        if back > self.next {
            let from = self.size - (back - self.next);
            (from, self.size - from)
        } else {
            (self.next - back, back)
        }
    }

    /// Copy a match of `len` bytes at distance `back + out` into `output` at
    /// `out`, the first `min(back, len)` of which come from the window.
    /// Needs `1 <= back <= have` and room for `len` bytes.  Returns the new
    /// output position.
    pub(crate) fn copy_out(&self, back: usize, len: usize, output: &mut [u8], out: usize) -> usize {
        let mut pos = out;
        let mut todo = len;
        let mut back_left = back;
        while todo > 0 && back_left > 0 {
            let (from, run) = self.locate(back_left);
            let n = run.min(todo);
            output[pos..pos + n].copy_from_slice(&self.buf[from..from + n]);
            pos += n;
            todo -= n;
            back_left -= n;
        }
        if todo > 0 {
            fast::copy_match(output, pos, out + back, todo);
            pos += todo;
        }
        pos
    }
}

/// How `inflate()` leaves its main loop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ret {
    Ok,
    StreamEnd,
    Data,
}

/// The code-length code's symbol order.
const LENGTH_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// A streaming decompressor (the `z_stream` plus zlib's inflate state).
#[derive(Clone, Debug)]
pub struct Inflater {
    mode: Mode,
    /// bit 0: zlib allowed, bit 1: gzip allowed, bit 2: verify check values.
    wrap: u8,
    /// Requested or learned window bits (0 = take from the zlib header).
    wbits: u32,
    last: bool,
    havedict: bool,
    /// gzip header flags (CM in the low byte), 0 for zlib, -1 before a header.
    flags: i32,
    check: u32,
    /// Output bytes of this stream (for the gzip ISIZE check).
    total: u64,
    hold: u64,
    bits: u32,
    /// Stored block bytes left, gzip extra length left, or match length.
    length: u32,
    offset: u32,
    extra: u32,
    tables: Tables,
    lit_bits: u32,
    dist_bits: u32,
    ncode: usize,
    nlen: usize,
    ndist: usize,
    have: usize,
    lens: [u16; 320],
    codes: Vec<Entry>,
    window: Window,
    // z_stream fields
    total_in: u64,
    total_out: u64,
    adler: u32,
    msg: Option<&'static str>,
}

impl Inflater {
    /// Create a decompressor, like `inflateInit2()`.
    ///
    /// `window_bits` is 8..=15, or 0 (not for [`Wrap::Raw`]) to use the size
    /// announced by a zlib header (gzip then uses 15).  Anything else is a
    /// [`Code::Stream`] error.
    pub fn new(window_bits: u8, wrap: Wrap) -> Result<Self, ZError> {
        let wb = i32::from(window_bits);
        let arg = match wrap {
            Wrap::Raw if wb == 0 => return Err(ZError::stream()),
            Wrap::Raw => -wb,
            Wrap::Zlib => wb,
            Wrap::Gzip => wb + 16,
            Wrap::Auto => wb + 32,
        };
        if window_bits > 15 {
            return Err(ZError::stream());
        }
        Self::with_window_bits(arg)
    }

    /// Create a decompressor from zlib's integer `windowBits` encoding
    /// (-15..=-8 raw, 0 or 8..=15 zlib, +16 gzip, +32 automatic), with the
    /// same validation as `inflateInit2()`.
    pub fn with_window_bits(window_bits: i32) -> Result<Self, ZError> {
        let (wrap, wbits) = if window_bits < 0 {
            if window_bits < -15 {
                return Err(ZError::stream());
            }
            (0u8, -window_bits)
        } else {
            let w = (window_bits >> 4) + 5;
            let bits = if window_bits < 48 {
                window_bits & 15
            } else {
                window_bits
            };
            (w.clamp(0, 255) as u8, bits)
        };
        if wbits != 0 && !(8..=15).contains(&wbits) {
            return Err(ZError::stream());
        }
        let mut s = Inflater {
            mode: Mode::Head,
            wrap,
            wbits: wbits as u32,
            last: false,
            havedict: false,
            flags: -1,
            check: 1,
            total: 0,
            hold: 0,
            bits: 0,
            length: 0,
            offset: 0,
            extra: 0,
            tables: Tables::Fixed,
            lit_bits: 0,
            dist_bits: 0,
            ncode: 0,
            nlen: 0,
            ndist: 0,
            have: 0,
            lens: [0; 320],
            codes: vec![Entry::default(); tables::TABLE_SPACE],
            window: Window::default(),
            total_in: 0,
            total_out: 0,
            adler: 0,
            msg: None,
        };
        s.reset();
        Ok(s)
    }

    /// `inflateReset()`: start a new stream with the same settings (the window
    /// bits learned from an earlier zlib or gzip header are kept, as in zlib).
    pub fn reset(&mut self) {
        self.window.clear();
        self.total_in = 0;
        self.total_out = 0;
        self.total = 0;
        self.msg = None;
        if self.wrap != 0 {
            self.adler = u32::from(self.wrap & 1);
        }
        self.mode = Mode::Head;
        self.last = false;
        self.havedict = false;
        self.flags = -1;
        self.hold = 0;
        self.bits = 0;
        self.tables = Tables::Fixed;
    }

    /// Total input bytes consumed (`strm->total_in`).  Like zlib, the header
    /// bytes read by a call that returns [`Status::NeedDict`] are not counted.
    pub fn total_in(&self) -> u64 {
        self.total_in
    }

    /// Total output bytes produced (`strm->total_out`).
    pub fn total_out(&self) -> u64 {
        self.total_out
    }

    /// `strm->adler`: the running Adler-32 or CRC-32 of the output, or after
    /// [`Status::NeedDict`] the Adler-32 of the dictionary the stream wants.
    pub fn adler(&self) -> u32 {
        self.adler
    }

    /// `strm->msg`: the message zlib would have set, if any.
    pub fn msg(&self) -> Option<&'static str> {
        self.msg
    }

    /// Whether the end of the stream has been reached (`Z_STREAM_END` seen).
    pub fn is_done(&self) -> bool {
        self.mode == Mode::Done
    }

    /// `inflateSetDictionary()`.
    ///
    /// Raw streams accept a dictionary at any time (normally before any
    /// data).  zlib streams accept one only right after `inflate` returned
    /// [`Status::NeedDict`], and only the one whose Adler-32 the header
    /// named: another gives a [`Code::Data`] error (without setting
    /// [`Inflater::msg`]).  Other calls are [`Code::Stream`] errors.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> Result<(), ZError> {
        if self.wrap != 0 && self.mode != Mode::Dict {
            return Err(ZError::stream());
        }
        if self.mode == Mode::Dict && adler32(1, dict) != self.check {
            return Err(ZError {
                code: Code::Data,
                msg: Code::Data.default_msg(),
            });
        }
        self.window.update(self.wbits, dict);
        self.havedict = true;
        Ok(())
    }

    fn update_check(&self, check: u32, data: &[u8]) -> u32 {
        if self.flags != 0 {
            crc32(check, data)
        } else {
            adler32(check, data)
        }
    }

    fn lit_table(&self) -> &[Entry] {
        match self.tables {
            Tables::Fixed => &tables::fixed().lit,
            Tables::Dynamic { lit, .. } => &self.codes[lit..],
        }
    }

    fn dist_table(&self) -> &[Entry] {
        match self.tables {
            Tables::Fixed => &tables::fixed().dist,
            Tables::Dynamic { dist, .. } => &self.codes[dist..],
        }
    }

    fn bad(&mut self, msg: &'static str) {
        self.msg = Some(msg);
        self.mode = Mode::Bad;
    }

    /// One `inflate()` call: decompress from `input` into `output`.
    ///
    /// Returns `(consumed, produced, result)`; the counts are valid whatever
    /// the result, as zlib updates `avail_in`/`avail_out` before returning
    /// errors too.  After [`Status::StreamEnd`] further calls keep returning
    /// it without consuming anything; after an error they keep returning it.
    pub fn inflate(
        &mut self,
        input: &[u8],
        output: &mut [u8],
        flush: Flush,
    ) -> (usize, usize, Result<Status, ZError>) {
        if self.mode == Mode::Type {
            self.mode = Mode::TypeDo;
        }
        let mut next = 0usize; // input position
        let mut put = 0usize; // output position
        let mut mark = 0usize; // output already counted in totals and check
        let mut hold = self.hold;
        let mut bits = self.bits;
        let mut ret = Ret::Ok;

        macro_rules! pull_byte {
            ($leave:lifetime) => {{
                match input.get(next) {
                    Some(&b) => {
                        hold |= u64::from(b) << bits;
                        next += 1;
                        bits += 8;
                    }
                    None => break $leave,
                }
            }};
        }
        macro_rules! need_bits {
            ($leave:lifetime, $n:expr) => {{
                let n: u32 = $n;
                while bits < n {
                    pull_byte!($leave);
                }
            }};
        }
        macro_rules! take {
            ($n:expr) => {{
                let n: u32 = $n;
                let v = (hold & ((1u64 << n) - 1)) as u32;
                hold >>= n;
                bits -= n;
                v
            }};
        }
        macro_rules! peek {
            ($n:expr) => {
                (hold & ((1u64 << ($n)) - 1)) as usize
            };
        }
        macro_rules! drop_bits {
            ($n:expr) => {{
                let n: u32 = $n;
                hold >>= n;
                bits -= n;
            }};
        }
        macro_rules! clear_bits {
            () => {{
                hold = 0;
                bits = 0;
            }};
        }

        'leave: loop {
            match self.mode {
                Mode::Head => {
                    if self.wrap == 0 {
                        self.mode = Mode::TypeDo;
                        continue;
                    }
                    need_bits!('leave, 16);
                    if self.wrap & 2 != 0 && hold == 0x8b1f {
                        if self.wbits == 0 {
                            self.wbits = 15;
                        }
                        self.check = crc32(0, &[0x1f, 0x8b]);
                        clear_bits!();
                        self.mode = Mode::Flags;
                        continue;
                    }
                    let cmf = (hold & 0xff) as u32;
                    let flg = ((hold >> 8) & 0xff) as u32;
                    if self.wrap & 1 == 0 || !((cmf << 8) + flg).is_multiple_of(31) {
                        self.bad("incorrect header check");
                        continue;
                    }
                    if cmf & 15 != 8 {
                        self.bad("unknown compression method");
                        continue;
                    }
                    let len = (cmf >> 4) + 8;
                    if self.wbits == 0 {
                        self.wbits = len;
                    }
                    if len > 15 || len > self.wbits {
                        self.bad("invalid window size");
                        continue;
                    }
                    self.flags = 0;
                    self.check = 1;
                    self.adler = 1;
                    self.mode = if flg & 0x20 != 0 {
                        Mode::DictId
                    } else {
                        Mode::Type
                    };
                    clear_bits!();
                }
                Mode::Flags => {
                    need_bits!('leave, 16);
                    self.flags = hold as i32;
                    if self.flags & 0xff != 8 {
                        self.bad("unknown compression method");
                        continue;
                    }
                    if self.flags & 0xe000 != 0 {
                        self.bad("unknown header flags set");
                        continue;
                    }
                    self.header_crc(hold, 2);
                    clear_bits!();
                    self.mode = Mode::Time;
                }
                Mode::Time => {
                    need_bits!('leave, 32);
                    self.header_crc(hold, 4);
                    clear_bits!();
                    self.mode = Mode::Os;
                }
                Mode::Os => {
                    need_bits!('leave, 16);
                    self.header_crc(hold, 2);
                    clear_bits!();
                    self.mode = Mode::ExLen;
                }
                Mode::ExLen => {
                    if self.flags & 0x0400 != 0 {
                        need_bits!('leave, 16);
                        self.length = hold as u32;
                        self.header_crc(hold, 2);
                        clear_bits!();
                    }
                    self.mode = Mode::Extra;
                }
                Mode::Extra => {
                    if self.flags & 0x0400 != 0 {
                        let n = (self.length as usize).min(input.len() - next);
                        if n > 0 {
                            if self.header_crc_wanted() {
                                self.check = crc32(self.check, &input[next..next + n]);
                            }
                            next += n;
                            self.length -= n as u32;
                        }
                        if self.length != 0 {
                            break 'leave;
                        }
                    }
                    self.length = 0;
                    self.mode = Mode::Name;
                }
                Mode::Name | Mode::Comment => {
                    let flag = if self.mode == Mode::Name {
                        0x0800
                    } else {
                        0x1000
                    };
                    if self.flags & flag != 0 {
                        let rest = &input[next..];
                        if rest.is_empty() {
                            break 'leave;
                        }
                        let (n, ended) = match rest.iter().position(|&b| b == 0) {
                            Some(p) => (p + 1, true),
                            None => (rest.len(), false),
                        };
                        if self.header_crc_wanted() {
                            self.check = crc32(self.check, &rest[..n]);
                        }
                        next += n;
                        if !ended {
                            break 'leave;
                        }
                    }
                    self.length = 0;
                    self.mode = if self.mode == Mode::Name {
                        Mode::Comment
                    } else {
                        Mode::HCrc
                    };
                }
                Mode::HCrc => {
                    if self.flags & 0x0200 != 0 {
                        need_bits!('leave, 16);
                        if self.wrap & 4 != 0 && hold != u64::from(self.check & 0xffff) {
                            self.bad("header crc mismatch");
                            continue;
                        }
                        clear_bits!();
                    }
                    self.check = 0;
                    self.adler = 0;
                    self.mode = Mode::Type;
                }
                Mode::DictId => {
                    need_bits!('leave, 32);
                    self.check = (hold as u32).swap_bytes();
                    self.adler = self.check;
                    clear_bits!();
                    self.mode = Mode::Dict;
                }
                Mode::Dict => {
                    if !self.havedict {
                        // zlib returns here directly, without updating the
                        // totals or the window.
                        self.hold = hold;
                        self.bits = bits;
                        return (next, put, Ok(Status::NeedDict));
                    }
                    self.check = 1;
                    self.adler = 1;
                    self.mode = Mode::Type;
                }
                Mode::Type => {
                    if flush == Flush::Block || flush == Flush::Trees {
                        break 'leave;
                    }
                    self.mode = Mode::TypeDo;
                }
                Mode::TypeDo => {
                    if self.last {
                        drop_bits!(bits & 7);
                        self.mode = Mode::Check;
                        continue;
                    }
                    need_bits!('leave, 3);
                    self.last = take!(1) == 1;
                    match take!(2) {
                        0 => self.mode = Mode::Stored,
                        1 => {
                            self.tables = Tables::Fixed;
                            self.lit_bits = tables::FIXED_LIT_BITS;
                            self.dist_bits = tables::FIXED_DIST_BITS;
                            self.mode = Mode::LenStart;
                            if flush == Flush::Trees {
                                break 'leave;
                            }
                        }
                        2 => self.mode = Mode::Table,
                        _ => self.bad("invalid block type"),
                    }
                }
                Mode::Stored => {
                    drop_bits!(bits & 7);
                    need_bits!('leave, 32);
                    let v = hold as u32;
                    if v & 0xffff != (v >> 16) ^ 0xffff {
                        self.bad("invalid stored block lengths");
                        continue;
                    }
                    self.length = v & 0xffff;
                    clear_bits!();
                    self.mode = Mode::CopyStart;
                    if flush == Flush::Trees {
                        break 'leave;
                    }
                }
                Mode::CopyStart => self.mode = Mode::Copy,
                Mode::Copy => {
                    if self.length == 0 {
                        self.mode = Mode::Type;
                        continue;
                    }
                    let n = (self.length as usize)
                        .min(input.len() - next)
                        .min(output.len() - put);
                    if n == 0 {
                        break 'leave;
                    }
                    output[put..put + n].copy_from_slice(&input[next..next + n]);
                    next += n;
                    put += n;
                    self.length -= n as u32;
                }
                Mode::Table => {
                    need_bits!('leave, 14);
                    self.nlen = take!(5) as usize + 257;
                    self.ndist = take!(5) as usize + 1;
                    self.ncode = take!(4) as usize + 4;
                    if self.nlen > 286 || self.ndist > 30 {
                        self.bad("too many length or distance symbols");
                        continue;
                    }
                    self.have = 0;
                    self.mode = Mode::LenLens;
                }
                Mode::LenLens => {
                    while self.have < self.ncode {
                        need_bits!('leave, 3);
                        self.lens[LENGTH_ORDER[self.have]] = take!(3) as u16;
                        self.have += 1;
                    }
                    while self.have < 19 {
                        self.lens[LENGTH_ORDER[self.have]] = 0;
                        self.have += 1;
                    }
                    match tables::build(
                        Alphabet::CodeLengths,
                        &self.lens[..19],
                        tables::CODELEN_ROOT,
                        &mut self.codes,
                    ) {
                        Ok((root, _)) => {
                            self.lit_bits = root;
                            self.tables = Tables::Dynamic { lit: 0, dist: 0 };
                        }
                        Err(_) => {
                            self.bad("invalid code lengths set");
                            continue;
                        }
                    }
                    self.have = 0;
                    self.mode = Mode::CodeLens;
                }
                Mode::CodeLens => {
                    let total = self.nlen + self.ndist;
                    let mut failed = false;
                    while self.have < total {
                        let here = loop {
                            let e = self.codes[peek!(self.lit_bits)];
                            if u32::from(e.bits) <= bits {
                                break e;
                            }
                            pull_byte!('leave);
                        };
                        if here.val < 16 {
                            drop_bits!(u32::from(here.bits));
                            self.lens[self.have] = here.val;
                            self.have += 1;
                            continue;
                        }
                        let hb = u32::from(here.bits);
                        let (value, repeat) = match here.val {
                            16 => {
                                need_bits!('leave, hb + 2);
                                drop_bits!(hb);
                                if self.have == 0 {
                                    failed = true;
                                    break;
                                }
                                (self.lens[self.have - 1], 3 + take!(2) as usize)
                            }
                            17 => {
                                need_bits!('leave, hb + 3);
                                drop_bits!(hb);
                                (0, 3 + take!(3) as usize)
                            }
                            _ => {
                                need_bits!('leave, hb + 7);
                                drop_bits!(hb);
                                (0, 11 + take!(7) as usize)
                            }
                        };
                        if self.have + repeat > total {
                            failed = true;
                            break;
                        }
                        self.lens[self.have..self.have + repeat].fill(value);
                        self.have += repeat;
                    }
                    if failed {
                        self.bad("invalid bit length repeat");
                        continue;
                    }
                    if self.lens[256] == 0 {
                        self.bad("invalid code -- missing end-of-block");
                        continue;
                    }
                    let (nlen, ndist) = (self.nlen, self.ndist);
                    let (lit_bits, lit_used) = match tables::build(
                        Alphabet::LitLen,
                        &self.lens[..nlen],
                        tables::LIT_ROOT,
                        &mut self.codes,
                    ) {
                        Ok(r) => r,
                        Err(_) => {
                            self.bad("invalid literal/lengths set");
                            continue;
                        }
                    };
                    let dist_bits = match tables::build(
                        Alphabet::Dist,
                        &self.lens[nlen..nlen + ndist],
                        tables::DIST_ROOT,
                        &mut self.codes[lit_used..],
                    ) {
                        Ok((b, _)) => b,
                        Err(_) => {
                            self.bad("invalid distances set");
                            continue;
                        }
                    };
                    self.tables = Tables::Dynamic {
                        lit: 0,
                        dist: lit_used,
                    };
                    self.lit_bits = lit_bits;
                    self.dist_bits = dist_bits;
                    self.mode = Mode::LenStart;
                    if flush == Flush::Trees {
                        break 'leave;
                    }
                }
                Mode::LenStart => self.mode = Mode::Len,
                Mode::Len => {
                    if input.len() - next >= fast::MIN_INPUT
                        && output.len() - put >= fast::MIN_OUTPUT
                    {
                        let codes = Codes {
                            lit: self.lit_table(),
                            lit_bits: self.lit_bits,
                            dist: self.dist_table(),
                            dist_bits: self.dist_bits,
                        };
                        let mut cur = Cursor {
                            input_pos: next,
                            output_pos: put,
                            hold,
                            bits,
                        };
                        let exit = fast::run(&codes, &self.window, input, output, &mut cur);
                        next = cur.input_pos;
                        put = cur.output_pos;
                        hold = cur.hold;
                        bits = cur.bits;
                        match exit {
                            Exit::Len => {}
                            Exit::EndOfBlock => self.mode = Mode::Type,
                            Exit::Bad(m) => self.bad(m),
                        }
                        continue;
                    }
                    let here = {
                        let lit = self.lit_table();
                        let mut here = loop {
                            let e = lit[peek!(self.lit_bits)];
                            if u32::from(e.bits) <= bits {
                                break e;
                            }
                            pull_byte!('leave);
                        };
                        if here.op != 0 && here.op & 0xf0 == 0 {
                            let link = here;
                            let lb = u32::from(link.bits);
                            here = loop {
                                let e = lit[usize::from(link.val)
                                    + (peek!(lb + u32::from(link.op)) >> lb)];
                                if lb + u32::from(e.bits) <= bits {
                                    break e;
                                }
                                pull_byte!('leave);
                            };
                            drop_bits!(lb);
                        }
                        here
                    };
                    drop_bits!(u32::from(here.bits));
                    self.length = u32::from(here.val);
                    if here.op == 0 {
                        self.mode = Mode::Lit;
                        continue;
                    }
                    if here.op & 32 != 0 {
                        self.mode = Mode::Type;
                        continue;
                    }
                    if here.op & 64 != 0 {
                        self.bad("invalid literal/length code");
                        continue;
                    }
                    self.extra = u32::from(here.op & 15);
                    self.mode = Mode::LenExt;
                }
                Mode::LenExt => {
                    if self.extra != 0 {
                        need_bits!('leave, self.extra);
                        self.length += take!(self.extra);
                    }
                    self.mode = Mode::Dist;
                }
                Mode::Dist => {
                    let here = {
                        let dist = self.dist_table();
                        let mut here = loop {
                            let e = dist[peek!(self.dist_bits)];
                            if u32::from(e.bits) <= bits {
                                break e;
                            }
                            pull_byte!('leave);
                        };
                        if here.op & 0xf0 == 0 {
                            let link = here;
                            let lb = u32::from(link.bits);
                            here = loop {
                                let e = dist[usize::from(link.val)
                                    + (peek!(lb + u32::from(link.op)) >> lb)];
                                if lb + u32::from(e.bits) <= bits {
                                    break e;
                                }
                                pull_byte!('leave);
                            };
                            drop_bits!(lb);
                        }
                        here
                    };
                    drop_bits!(u32::from(here.bits));
                    if here.op & 64 != 0 {
                        self.bad("invalid distance code");
                        continue;
                    }
                    self.offset = u32::from(here.val);
                    self.extra = u32::from(here.op & 15);
                    self.mode = Mode::DistExt;
                }
                Mode::DistExt => {
                    if self.extra != 0 {
                        need_bits!('leave, self.extra);
                        self.offset += take!(self.extra);
                    }
                    self.mode = Mode::Match;
                }
                Mode::Match => {
                    let left = output.len() - put;
                    if left == 0 {
                        break 'leave;
                    }
                    let offset = self.offset as usize;
                    let n;
                    if offset > put {
                        let back = offset - put;
                        if back > self.window.have {
                            self.bad("invalid distance too far back");
                            continue;
                        }
                        let (from, run) = self.window.locate(back);
                        n = run.min(self.length as usize).min(left);
                        output[put..put + n].copy_from_slice(&self.window.buf[from..from + n]);
                    } else {
                        n = (self.length as usize).min(left);
                        fast::copy_match(output, put, offset, n);
                    }
                    put += n;
                    self.length -= n as u32;
                    if self.length == 0 {
                        self.mode = Mode::Len;
                    }
                }
                Mode::Lit => {
                    if put == output.len() {
                        break 'leave;
                    }
                    output[put] = self.length as u8;
                    put += 1;
                    self.mode = Mode::Len;
                }
                Mode::Check => {
                    if self.wrap != 0 {
                        need_bits!('leave, 32);
                        let produced = put - mark;
                        self.total_out += produced as u64;
                        self.total += produced as u64;
                        if self.wrap & 4 != 0 && produced > 0 {
                            self.check = self.update_check(self.check, &output[mark..put]);
                            self.adler = self.check;
                        }
                        mark = put;
                        let want = if self.flags != 0 {
                            hold
                        } else {
                            u64::from((hold as u32).swap_bytes())
                        };
                        if self.wrap & 4 != 0 && want != u64::from(self.check) {
                            self.bad("incorrect data check");
                            continue;
                        }
                        clear_bits!();
                    }
                    self.mode = Mode::Length;
                }
                Mode::Length => {
                    if self.wrap != 0 && self.flags != 0 {
                        need_bits!('leave, 32);
                        if self.wrap & 4 != 0 && hold != (self.total & 0xffff_ffff) {
                            self.bad("incorrect length check");
                            continue;
                        }
                        clear_bits!();
                    }
                    self.mode = Mode::Done;
                }
                Mode::Done => {
                    ret = Ret::StreamEnd;
                    break 'leave;
                }
                Mode::Bad => {
                    ret = Ret::Data;
                    break 'leave;
                }
            }
        }

        // Leaving: save the bit buffer, refresh the window, update totals.
        self.hold = hold;
        self.bits = bits;
        if self.window.size != 0
            || (put != mark
                && self.mode < Mode::Bad
                && (self.mode < Mode::Check || flush != Flush::Finish))
        {
            self.window.update(self.wbits, &output[mark..put]);
        }
        let produced = put - mark;
        self.total_in += next as u64;
        self.total_out += produced as u64;
        self.total += produced as u64;
        if self.wrap & 4 != 0 && produced > 0 {
            self.check = self.update_check(self.check, &output[mark..put]);
            self.adler = self.check;
        }
        let result = match ret {
            Ret::StreamEnd => Ok(Status::StreamEnd),
            Ret::Data => Err(ZError {
                code: Code::Data,
                msg: self.msg.unwrap_or(Code::Data.default_msg()),
            }),
            Ret::Ok => {
                if (next == 0 && produced == 0) || flush == Flush::Finish {
                    Ok(Status::BufError)
                } else {
                    Ok(Status::Ok)
                }
            }
        };
        (next, put, result)
    }

    fn header_crc_wanted(&self) -> bool {
        self.flags & 0x0200 != 0 && self.wrap & 4 != 0
    }

    /// Fold `n` little-endian header bytes held in `word` into the header CRC
    /// when the gzip header asks for one.
    fn header_crc(&mut self, word: u64, n: usize) {
        if self.header_crc_wanted() {
            let bytes = word.to_le_bytes();
            self.check = crc32(self.check, &bytes[..n]);
        }
    }
}

/// Snapshots of the state (`loopscope_zlib_snap`): a stream can continue in another wasm
/// instance.
pub(crate) mod snapshot {
    use super::{Inflater, Mode, Tables, Window};
    use crate::tables::Entry;
    use loopscope_zlib_snap::{
        get_message, put_message, snap_enum, snap_struct, Reader, Snap, SnapError,
    };

    /// Every text `strm->msg` can hold (`bad`, and the generic texts).
    pub const MESSAGES: &[&str] = &[
        "header crc mismatch",
        "incorrect data check",
        "incorrect header check",
        "incorrect length check",
        "invalid bit length repeat",
        "invalid block type",
        "invalid code -- missing end-of-block",
        "invalid code lengths set",
        "invalid distance code",
        "invalid distance too far back",
        "invalid distances set",
        "invalid literal/length code",
        "invalid literal/lengths set",
        "invalid stored block lengths",
        "invalid window size",
        "too many length or distance symbols",
        "unknown compression method",
        "unknown header flags set",
    ];

    snap_enum!(Mode {
        Head,
        Flags,
        Time,
        Os,
        ExLen,
        Extra,
        Name,
        Comment,
        HCrc,
        DictId,
        Dict,
        Type,
        TypeDo,
        Stored,
        CopyStart,
        Copy,
        Table,
        LenLens,
        CodeLens,
        LenStart,
        Len,
        LenExt,
        Dist,
        DistExt,
        Match,
        Lit,
        Check,
        Length,
        Done,
        Bad,
    });

    impl Snap for Tables {
        fn put(&self, out: &mut Vec<u8>) {
            match *self {
                Tables::Fixed => out.push(0),
                Tables::Dynamic { lit, dist } => {
                    out.push(1);
                    lit.put(out);
                    dist.put(out);
                }
            }
        }
        fn get(r: &mut Reader<'_>) -> Result<Self, SnapError> {
            match u8::get(r)? {
                0 => Ok(Tables::Fixed),
                1 => Ok(Tables::Dynamic {
                    lit: usize::get(r)?,
                    dist: usize::get(r)?,
                }),
                _ => Err(SnapError),
            }
        }
    }

    snap_struct!(Entry { op, bits, val });
    snap_struct!(Window {
        buf,
        size,
        have,
        next
    });

    impl Inflater {
        /// The whole state as bytes, for [`Inflater::restore`] (in this build of the crate).
        pub fn snapshot(&self, out: &mut Vec<u8>) {
            let Inflater {
                mode,
                wrap,
                wbits,
                last,
                havedict,
                flags,
                check,
                total,
                hold,
                bits,
                length,
                offset,
                extra,
                tables,
                lit_bits,
                dist_bits,
                ncode,
                nlen,
                ndist,
                have,
                lens,
                codes,
                window,
                total_in,
                total_out,
                adler,
                msg,
            } = self;
            mode.put(out);
            wrap.put(out);
            wbits.put(out);
            last.put(out);
            havedict.put(out);
            flags.put(out);
            check.put(out);
            total.put(out);
            hold.put(out);
            bits.put(out);
            length.put(out);
            offset.put(out);
            extra.put(out);
            tables.put(out);
            lit_bits.put(out);
            dist_bits.put(out);
            ncode.put(out);
            nlen.put(out);
            ndist.put(out);
            have.put(out);
            lens.put(out);
            codes.put(out);
            window.put(out);
            total_in.put(out);
            total_out.put(out);
            adler.put(out);
            put_message(*msg, MESSAGES, out);
        }

        /// A state saved by [`Inflater::snapshot`]; it continues exactly like the original.
        pub fn restore(r: &mut Reader<'_>) -> Result<Self, SnapError> {
            let i = Inflater {
                mode: Snap::get(r)?,
                wrap: Snap::get(r)?,
                wbits: Snap::get(r)?,
                last: Snap::get(r)?,
                havedict: Snap::get(r)?,
                flags: Snap::get(r)?,
                check: Snap::get(r)?,
                total: Snap::get(r)?,
                hold: Snap::get(r)?,
                bits: Snap::get(r)?,
                length: Snap::get(r)?,
                offset: Snap::get(r)?,
                extra: Snap::get(r)?,
                tables: Snap::get(r)?,
                lit_bits: Snap::get(r)?,
                dist_bits: Snap::get(r)?,
                ncode: Snap::get(r)?,
                nlen: Snap::get(r)?,
                ndist: Snap::get(r)?,
                have: Snap::get(r)?,
                lens: Snap::get(r)?,
                codes: Snap::get(r)?,
                window: Snap::get(r)?,
                total_in: Snap::get(r)?,
                total_out: Snap::get(r)?,
                adler: Snap::get(r)?,
                msg: get_message(MESSAGES, r)?,
            };
            let tables_fit = match i.tables {
                Tables::Fixed => true,
                Tables::Dynamic { lit, dist } => lit < i.codes.len() && dist < i.codes.len(),
            };
            if tables_fit && i.window.buf.len() >= i.window.size {
                Ok(i)
            } else {
                Err(SnapError)
            }
        }
    }
}

#[cfg(test)]
mod snapshot_tests {
    use super::snapshot::MESSAGES;

    #[test]
    fn every_message_bad_can_set_is_listed_for_snapshots() {
        let source = include_str!("inflate.rs");
        let mut found = 0;
        for part in source.split("bad(\"").skip(1) {
            let Some(end) = part.find('"') else { continue };
            assert!(
                MESSAGES.contains(&&part[..end]),
                "missing {:?}",
                &part[..end]
            );
            found += 1;
        }
        assert!(found >= MESSAGES.len());
    }
}
