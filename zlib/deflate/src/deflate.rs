//! The compression state machine: window management, string hashing, match
//! finding, the five block-building strategies (stored, fast, lazy, RLE,
//! Huffman-only) and the `deflate()` driver with its wrappers and flushes.
//!
//! State and control flow follow zlib 1.3.1 as patched by Chromium, field by
//! field where it matters for the output: window contents (including bytes
//! past the current data, which the four-byte hash can read), hash-chain
//! contents, lazy-match bookkeeping, block boundaries and the way pending
//! output and stored blocks depend on the output space of each call.

use crate::pending::Pending;
use crate::trees::{align_block, stored_block, BlockState, Z_FIXED};
use crate::{Error, Flush, Status, Wrap};
use loopscope_zlib_checksum::{adler32, crc32};

const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
/// Lookahead needed to find a match and insert the string after it.
const MIN_LOOKAHEAD: usize = MAX_MATCH + MIN_MATCH + 1;
/// Bytes past the data that `fill_window` keeps initialised.
const WIN_INIT: usize = MAX_MATCH;
/// Length-3 matches farther than this are not worth it (lazy matcher).
const TOO_FAR: usize = 4096;
/// Largest stored block payload.
const MAX_STORED: usize = 65535;
/// Extra zeroed bytes Chromium allocates after each window half.
const WINDOW_PADDING: usize = 8;
/// Chromium always uses at least this many hash bits.
const MIN_HASH_BITS: u32 = 15;
/// Multiplier of Chromium's string hash.
const HASH_MUL: u32 = 66521;

const Z_FILTERED: u8 = 1;
const Z_HUFFMAN_ONLY: u8 = 2;
const Z_RLE: u8 = 3;

/// Which block builder a level selects (zlib compares these in
/// `deflateParams`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Func {
    Stored,
    Fast,
    Slow,
}

/// One row of zlib's tuning table.
struct Config {
    good_length: usize,
    max_lazy: usize,
    nice_length: usize,
    max_chain: usize,
    func: Func,
}

const fn cfg(good: usize, lazy: usize, nice: usize, chain: usize, func: Func) -> Config {
    Config {
        good_length: good,
        max_lazy: lazy,
        nice_length: nice,
        max_chain: chain,
        func,
    }
}

const CONFIGS: [Config; 10] = [
    cfg(0, 0, 0, 0, Func::Stored),
    cfg(4, 4, 8, 4, Func::Fast),
    cfg(4, 5, 16, 8, Func::Fast),
    cfg(4, 6, 32, 32, Func::Fast),
    cfg(4, 4, 16, 16, Func::Slow),
    cfg(8, 16, 32, 32, Func::Slow),
    cfg(8, 16, 128, 128, Func::Slow),
    cfg(8, 32, 128, 256, Func::Slow),
    cfg(32, 128, 258, 1024, Func::Slow),
    cfg(32, 258, 258, 4096, Func::Slow),
];

/// Wrapper progress (`s->status`; the gzip extra/name/comment states are not
/// reachable because no custom gzip header can be set).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// zlib header not yet written.
    Init,
    /// gzip header not yet written.
    GzipHeader,
    /// Compressing.
    Busy,
    /// `Z_FINISH` seen and the last block started.
    Finished,
}

/// Result of one run of a block builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockOutcome {
    /// Block not completed: more input or more output needed.
    NeedMore,
    /// Block flush performed.
    BlockDone,
    /// Last block started: only more output needed.
    FinishStarted,
    /// Last block done.
    FinishDone,
}

/// The caller's buffers for one call (`next_in`/`avail_in`,
/// `next_out`/`avail_out`).
struct Io<'a, 'b> {
    input: &'a [u8],
    next_in: usize,
    output: &'b mut [u8],
    next_out: usize,
}

impl Io<'_, '_> {
    #[inline]
    fn avail_in(&self) -> usize {
        self.input.len() - self.next_in
    }
    #[inline]
    fn avail_out(&self) -> usize {
        self.output.len() - self.next_out
    }
}

/// zlib's ordering of flush strengths, with `Z_BLOCK` between `Z_NO_FLUSH`
/// and `Z_PARTIAL_FLUSH`.
fn rank(f: i32) -> i32 {
    f * 2 - if f > 4 { 9 } else { 0 }
}

/// A compression stream, equivalent to a `z_stream` initialised with
/// `deflateInit2()` in Node.js 20's zlib. Cloning it is `deflateCopy`.
#[derive(Clone)]
pub struct Deflater {
    /// 0 raw, 1 zlib, 2 gzip; negated once the trailer has been written.
    wrap: i32,
    phase: Phase,
    pending: Pending,
    /// Flush value of the previous call; -1 after running out of output,
    /// -2 when nothing has been done since the last reset.
    last_flush: i32,

    w_bits: u32,
    w_size: usize,
    w_mask: usize,
    /// Two window halves plus Chromium's padding, zeroed at creation.
    window: Vec<u8>,
    window_size: usize,
    prev: Vec<u16>,
    head: Vec<u16>,
    hash_mask: usize,

    /// Window position where the current block starts (negative once slid
    /// out of the window).
    block_start: isize,
    match_length: usize,
    prev_match: usize,
    match_available: bool,
    strstart: usize,
    match_start: usize,
    lookahead: usize,
    prev_length: usize,
    max_chain_length: usize,
    max_lazy_match: usize,
    good_match: usize,
    nice_match: usize,
    level: i32,
    strategy: u8,

    block: BlockState,
    pending_buf_size: usize,
    /// Deferred hash slides while storing (0, 1, or 2 meaning "clear").
    matches: u32,
    /// Strings at the end of the window not yet inserted in the hash table.
    insert: usize,
    /// End of the initialised part of the window.
    high_water: usize,

    /// Adler-32 (zlib) or CRC-32 (gzip) of the input so far.
    check: u32,
    total_in: u64,
    total_out: u64,
}

impl std::fmt::Debug for Deflater {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deflater")
            .field("wrap", &self.wrap)
            .field("phase", &self.phase)
            .field("level", &self.level)
            .field("strategy", &self.strategy)
            .field("w_bits", &self.w_bits)
            .field("strstart", &self.strstart)
            .field("lookahead", &self.lookahead)
            .field("pending", &self.pending.len())
            .field("total_in", &self.total_in)
            .field("total_out", &self.total_out)
            .finish_non_exhaustive()
    }
}

impl Deflater {
    /// `deflateInit2(level, Z_DEFLATED, windowBits, memLevel, strategy)` with
    /// the given wrapper. `level` is -1 (meaning 6) or 0..=9, `window_bits`
    /// 8..=15 (8 is only accepted for the zlib wrapper and then becomes 9, as
    /// in zlib), `mem_level` 1..=9 and `strategy` 0..=4 (`Z_DEFAULT_STRATEGY`,
    /// `Z_FILTERED`, `Z_HUFFMAN_ONLY`, `Z_RLE`, `Z_FIXED`).
    pub fn new(
        level: i32,
        window_bits: u8,
        mem_level: u8,
        strategy: u8,
        wrap: Wrap,
    ) -> Result<Self, Error> {
        let level = if level == -1 { 6 } else { level };
        let wrap = match wrap {
            Wrap::Raw => 0,
            Wrap::Zlib => 1,
            Wrap::Gzip => 2,
        };
        if !(1..=9).contains(&mem_level)
            || !(8..=15).contains(&window_bits)
            || !(0..=9).contains(&level)
            || strategy > Z_FIXED
            || (window_bits == 8 && wrap != 1)
        {
            return Err(Error::Stream);
        }
        let w_bits = u32::from(window_bits.max(9));
        let w_size = 1usize << w_bits;
        let hash_bits = (u32::from(mem_level) + 7).max(MIN_HASH_BITS);
        let hash_size = 1usize << hash_bits;
        let lit_bufsize = 1usize << (u32::from(mem_level) + 6);
        let pending_buf_size = lit_bufsize * 4;
        let mut d = Deflater {
            wrap,
            phase: Phase::Init,
            pending: Pending::new(pending_buf_size),
            last_flush: -2,
            w_bits,
            w_size,
            w_mask: w_size - 1,
            window: vec![0; 2 * (w_size + WINDOW_PADDING)],
            window_size: 2 * w_size,
            prev: vec![0; w_size],
            head: vec![0; hash_size],
            hash_mask: hash_size - 1,
            block_start: 0,
            match_length: 0,
            prev_match: 0,
            match_available: false,
            strstart: 0,
            match_start: 0,
            lookahead: 0,
            prev_length: 0,
            max_chain_length: 0,
            max_lazy_match: 0,
            good_match: 0,
            nice_match: 0,
            level,
            strategy,
            block: BlockState::new(lit_bufsize),
            pending_buf_size,
            matches: 0,
            insert: 0,
            high_water: 0,
            check: 0,
            total_in: 0,
            total_out: 0,
        };
        d.reset();
        Ok(d)
    }

    /// `deflateReset`: starts a new stream with the same parameters (the
    /// level and strategy in effect are kept). Like zlib it leaves the window
    /// bytes in place.
    pub fn reset(&mut self) {
        self.total_in = 0;
        self.total_out = 0;
        self.pending.reset();
        if self.wrap < 0 {
            self.wrap = -self.wrap;
        }
        self.phase = if self.wrap == 2 {
            Phase::GzipHeader
        } else {
            Phase::Init
        };
        self.check = if self.wrap == 2 { 0 } else { 1 };
        self.last_flush = -2;
        self.block.init_block();
        self.matches = 0;

        self.window_size = 2 * self.w_size;
        self.head.fill(0);
        self.apply_config();
        self.strstart = 0;
        self.block_start = 0;
        self.lookahead = 0;
        self.insert = 0;
        self.match_length = MIN_MATCH - 1;
        self.prev_length = MIN_MATCH - 1;
        self.match_available = false;
    }

    /// Total input bytes read so far (`strm->total_in`; like zlib this
    /// includes dictionary bytes given to [`Deflater::set_dictionary`]).
    pub fn total_in(&self) -> u64 {
        self.total_in
    }

    /// Total output bytes produced so far (`strm->total_out`).
    pub fn total_out(&self) -> u64 {
        self.total_out
    }

    fn apply_config(&mut self) {
        let c = &CONFIGS[self.level_index()];
        self.max_lazy_match = c.max_lazy;
        self.good_match = c.good_length;
        self.nice_match = c.nice_length;
        self.max_chain_length = c.max_chain;
    }

    #[inline]
    fn level_index(&self) -> usize {
        self.level.clamp(0, 9) as usize
    }

    #[inline]
    fn max_dist(&self) -> usize {
        self.w_size - MIN_LOOKAHEAD
    }

    /// `deflateSetDictionary`. Allowed for raw streams whenever no input is
    /// buffered, and for zlib streams before the first `deflate()` call;
    /// always refused for gzip streams.
    pub fn set_dictionary(&mut self, dict: &[u8]) -> Result<(), Error> {
        let wrap = self.wrap;
        if wrap == 2 || (wrap == 1 && self.phase != Phase::Init) || self.lookahead != 0 {
            return Err(Error::Stream);
        }
        if wrap == 1 {
            self.check = adler32(self.check, dict);
        }
        self.wrap = 0; // no checksum over the dictionary bytes
        let mut dict = dict;
        if dict.len() >= self.w_size {
            if wrap == 0 {
                self.head.fill(0);
                self.strstart = 0;
                self.block_start = 0;
                self.insert = 0;
            }
            dict = &dict[dict.len() - self.w_size..];
        }
        let mut empty: [u8; 0] = [];
        let mut io = Io {
            input: dict,
            next_in: 0,
            output: &mut empty,
            next_out: 0,
        };
        self.fill_window(&mut io);
        while self.lookahead >= MIN_MATCH {
            let mut s = self.strstart;
            for _ in 0..self.lookahead - (MIN_MATCH - 1) {
                self.insert_string(s);
                s += 1;
            }
            self.strstart = s;
            self.lookahead = MIN_MATCH - 1;
            self.fill_window(&mut io);
        }
        self.strstart += self.lookahead;
        self.block_start = self.strstart as isize;
        self.insert = self.lookahead;
        self.lookahead = 0;
        self.match_length = MIN_MATCH - 1;
        self.prev_length = MIN_MATCH - 1;
        self.match_available = false;
        self.wrap = wrap;
        Ok(())
    }

    /// `deflateParams(level, strategy)` as in zlib 1.3.1: if the block
    /// builder or the strategy changes and the stream has been used, first
    /// runs `deflate(Z_BLOCK)` with no new input into `output`. Returns the
    /// bytes written to `output` and `Status::BufError` (parameters
    /// unchanged) if that flush could not complete.
    pub fn params(
        &mut self,
        level: i32,
        strategy: u8,
        output: &mut [u8],
    ) -> Result<(usize, Status), Error> {
        let level = if level == -1 { 6 } else { level };
        if !(0..=9).contains(&level) || strategy > Z_FIXED {
            return Err(Error::Stream);
        }
        let old_func = CONFIGS[self.level_index()].func;
        let mut produced = 0;
        if (strategy != self.strategy || old_func != CONFIGS[level as usize].func)
            && self.last_flush != -2
        {
            let mut io = Io {
                input: &[],
                next_in: 0,
                output,
                next_out: 0,
            };
            let r = self.deflate_io(&mut io, Flush::Block);
            produced = io.next_out;
            r?;
            let buffered = (self.strstart as isize - self.block_start) != 0 || self.lookahead != 0;
            if buffered {
                return Ok((produced, Status::BufError));
            }
        }
        if self.level != level {
            if self.level == 0 && self.matches != 0 {
                if self.matches == 1 {
                    self.slide_hash();
                } else {
                    self.head.fill(0);
                }
                self.matches = 0;
            }
            self.level = level;
            self.apply_config();
        }
        self.strategy = strategy;
        Ok((produced, Status::Ok))
    }

    /// One `deflate()` call: compresses from `input` into `output` with the
    /// given flush mode and returns (bytes consumed, bytes written, status).
    /// `Err(Error::Stream)` is zlib's `Z_STREAM_ERROR` (e.g. anything but
    /// `Flush::Finish` after finishing); `Status::BufError` is `Z_BUF_ERROR`.
    pub fn deflate(
        &mut self,
        input: &[u8],
        output: &mut [u8],
        flush: Flush,
    ) -> Result<(usize, usize, Status), Error> {
        let mut io = Io {
            input,
            next_in: 0,
            output,
            next_out: 0,
        };
        let st = self.deflate_io(&mut io, flush)?;
        Ok((io.next_in, io.next_out, st))
    }

    fn deflate_io(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> Result<Status, Error> {
        if self.phase == Phase::Finished && flush != Flush::Finish {
            return Err(Error::Stream);
        }
        if io.avail_out() == 0 {
            return Ok(Status::BufError);
        }
        let fl = flush.code();
        let old_flush = self.last_flush;
        self.last_flush = fl;

        if self.pending.len() != 0 {
            self.flush_pending(io);
            if io.avail_out() == 0 {
                self.last_flush = -1;
                return Ok(Status::Ok);
            }
        } else if io.avail_in() == 0 && rank(fl) <= rank(old_flush) && flush != Flush::Finish {
            return Ok(Status::BufError);
        }

        if self.phase == Phase::Finished && io.avail_in() != 0 {
            return Ok(Status::BufError);
        }

        if self.phase == Phase::Init && self.wrap == 0 {
            self.phase = Phase::Busy;
        }
        if self.phase == Phase::Init {
            let mut header: u32 = (8 + ((self.w_bits - 8) << 4)) << 8;
            let level_flags: u32 = if self.strategy >= Z_HUFFMAN_ONLY || self.level < 2 {
                0
            } else if self.level < 6 {
                1
            } else if self.level == 6 {
                2
            } else {
                3
            };
            header |= level_flags << 6;
            if self.strstart != 0 {
                header |= 0x20; // PRESET_DICT
            }
            header += 31 - (header % 31);
            self.pending.put_u16_msb(header as u16);
            if self.strstart != 0 {
                self.pending.put_u16_msb((self.check >> 16) as u16);
                self.pending.put_u16_msb(self.check as u16);
            }
            self.check = 1;
            self.phase = Phase::Busy;
            self.flush_pending(io);
            if self.pending.len() != 0 {
                self.last_flush = -1;
                return Ok(Status::Ok);
            }
        }
        if self.phase == Phase::GzipHeader {
            self.check = 0;
            let xfl = if self.level == 9 {
                2
            } else if self.strategy >= Z_HUFFMAN_ONLY || self.level < 2 {
                4
            } else {
                0
            };
            self.pending
                .put_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
            self.phase = Phase::Busy;
            self.flush_pending(io);
            if self.pending.len() != 0 {
                self.last_flush = -1;
                return Ok(Status::Ok);
            }
        }

        if io.avail_in() != 0
            || self.lookahead != 0
            || (flush != Flush::None && self.phase != Phase::Finished)
        {
            let outcome = if self.level == 0 {
                self.deflate_stored(io, flush)
            } else if self.strategy == Z_HUFFMAN_ONLY {
                self.deflate_huff(io, flush)
            } else if self.strategy == Z_RLE {
                self.deflate_rle(io, flush)
            } else if CONFIGS[self.level_index()].func == Func::Fast {
                self.deflate_fast(io, flush)
            } else {
                self.deflate_slow(io, flush)
            };
            if matches!(
                outcome,
                BlockOutcome::FinishStarted | BlockOutcome::FinishDone
            ) {
                self.phase = Phase::Finished;
            }
            if matches!(
                outcome,
                BlockOutcome::NeedMore | BlockOutcome::FinishStarted
            ) {
                if io.avail_out() == 0 {
                    self.last_flush = -1;
                }
                return Ok(Status::Ok);
            }
            if outcome == BlockOutcome::BlockDone {
                if flush == Flush::Partial {
                    align_block(&mut self.pending);
                } else if flush != Flush::Block {
                    stored_block(&mut self.pending, &[], false);
                    if flush == Flush::Full {
                        self.head.fill(0);
                        if self.lookahead == 0 {
                            self.strstart = 0;
                            self.block_start = 0;
                            self.insert = 0;
                        }
                    }
                }
                self.flush_pending(io);
                if io.avail_out() == 0 {
                    self.last_flush = -1;
                    return Ok(Status::Ok);
                }
            }
        }

        if flush != Flush::Finish {
            return Ok(Status::Ok);
        }
        if self.wrap <= 0 {
            return Ok(Status::StreamEnd);
        }
        if self.wrap == 2 {
            self.pending.put_slice(&self.check.to_le_bytes());
            self.pending
                .put_slice(&(self.total_in as u32).to_le_bytes());
        } else {
            self.pending.put_u16_msb((self.check >> 16) as u16);
            self.pending.put_u16_msb(self.check as u16);
        }
        self.flush_pending(io);
        if self.wrap > 0 {
            self.wrap = -self.wrap;
        }
        Ok(if self.pending.len() != 0 {
            Status::Ok
        } else {
            Status::StreamEnd
        })
    }

    /// Copies pending output to the caller (`flush_pending`).
    fn flush_pending(&mut self, io: &mut Io<'_, '_>) {
        let n = self.pending.drain_into(&mut io.output[io.next_out..]);
        io.next_out += n;
        self.total_out += n as u64;
    }

    /// Updates the running check value with input bytes being consumed.
    fn update_check(check: &mut u32, wrap: i32, data: &[u8]) {
        if wrap == 1 {
            *check = adler32(*check, data);
        } else if wrap == 2 {
            *check = crc32(*check, data);
        }
    }

    /// `read_buf` into the window at `at`: returns the bytes copied.
    fn read_into_window(&mut self, io: &mut Io<'_, '_>, at: usize, size: usize) -> usize {
        let len = io.avail_in().min(size);
        if len == 0 {
            return 0;
        }
        let src = &io.input[io.next_in..io.next_in + len];
        self.window[at..at + len].copy_from_slice(src);
        Self::update_check(&mut self.check, self.wrap, src);
        io.next_in += len;
        self.total_in += len as u64;
        len
    }

    /// `read_buf` straight into the caller's output (stored blocks).
    fn read_into_output(&mut self, io: &mut Io<'_, '_>, len: usize) {
        let src = &io.input[io.next_in..io.next_in + len];
        io.output[io.next_out..io.next_out + len].copy_from_slice(src);
        Self::update_check(&mut self.check, self.wrap, src);
        io.next_in += len;
        self.total_in += len as u64;
        io.next_out += len;
        self.total_out += len as u64;
    }

    /// Inserts the string at `pos` in the hash table and returns the previous
    /// head of its chain. Like Chromium's zlib, the hash is multiplicative
    /// over the four bytes at `pos` read as a little-endian word:
    /// `((v * 66521 + 66521) >> 16) & hash_mask` in 32-bit arithmetic, at
    /// every level. The fourth byte may lie past the data (it is then
    /// whatever the window holds there, exactly as in zlib).
    #[inline]
    fn insert_string(&mut self, pos: usize) -> usize {
        let w = &self.window;
        let v = u32::from_le_bytes([w[pos], w[pos + 1], w[pos + 2], w[pos + 3]]);
        let h = (v.wrapping_mul(HASH_MUL).wrapping_add(HASH_MUL) >> 16) as usize & self.hash_mask;
        let ret = self.head[h];
        self.head[h] = pos as u16;
        self.prev[pos & self.w_mask] = ret;
        usize::from(ret)
    }

    /// Rebases hash positions after the window slid by `w_size`.
    fn slide_hash(&mut self) {
        let w = self.w_size;
        for p in self.head.iter_mut().chain(self.prev.iter_mut()) {
            let m = usize::from(*p);
            *p = if m >= w { (m - w) as u16 } else { 0 };
        }
    }

    /// Refills the lookahead from the input, sliding the window when needed
    /// (`fill_window`, with Chromium's four-byte hash priming).
    fn fill_window(&mut self, io: &mut Io<'_, '_>) {
        let wsize = self.w_size;
        loop {
            let mut more = self.window_size - self.lookahead - self.strstart;
            if self.strstart >= wsize + self.max_dist() {
                let keep = wsize - more;
                self.window.copy_within(wsize..wsize + keep, 0);
                self.match_start = self.match_start.wrapping_sub(wsize);
                self.strstart -= wsize;
                self.block_start -= wsize as isize;
                if self.insert > self.strstart {
                    self.insert = self.strstart;
                }
                self.slide_hash();
                more += wsize;
            }
            if io.avail_in() == 0 {
                break;
            }
            let at = self.strstart + self.lookahead;
            let n = self.read_into_window(io, at, more);
            self.lookahead += n;

            // Chromium primes the table only while the four bytes its hash
            // reads are all available (vanilla zlib needs three).
            if self.lookahead + self.insert > MIN_MATCH {
                let mut s = self.strstart - self.insert;
                while self.insert != 0 {
                    self.insert_string(s);
                    s += 1;
                    self.insert -= 1;
                    if self.lookahead + self.insert <= MIN_MATCH {
                        break;
                    }
                }
            }
            if !(self.lookahead < MIN_LOOKAHEAD && io.avail_in() != 0) {
                break;
            }
        }

        if self.high_water < self.window_size {
            let curr = self.strstart + self.lookahead;
            if self.high_water < curr {
                let init = (self.window_size - curr).min(WIN_INIT);
                self.window[curr..curr + init].fill(0);
                self.high_water = curr + init;
            } else if self.high_water < curr + WIN_INIT {
                let init =
                    (curr + WIN_INIT - self.high_water).min(self.window_size - self.high_water);
                self.window[self.high_water..self.high_water + init].fill(0);
                self.high_water += init;
            }
        }
    }

    /// Finds the longest match for the string at `strstart` along the hash
    /// chain starting at `cur_match`; sets `match_start` and returns the
    /// length (at most `lookahead`). Like zlib, byte 2 is not compared
    /// separately: it is covered by the hash and the end-of-match check.
    fn longest_match(&mut self, mut cur_match: usize) -> usize {
        let w = &self.window;
        let scan = self.strstart;
        let mut chain = self.max_chain_length;
        let mut best_len = self.prev_length;
        let mut nice = self.nice_match;
        let limit = if self.strstart > self.max_dist() {
            self.strstart - self.max_dist()
        } else {
            0
        };
        if self.prev_length >= self.good_match {
            chain >>= 2;
        }
        if nice > self.lookahead {
            nice = self.lookahead;
        }
        // Callers guarantee 0 < cur_match < strstart, so `scan >= 1` and the
        // `best_len - 1` offsets below stay in the window even when a stale
        // `prev_length` of 0 is used (deflate_fast after lazy matching).
        if scan == 0 || cur_match == 0 {
            return best_len.min(self.lookahead);
        }
        let mut scan_end1 = w[scan + best_len - 1];
        let mut scan_end = w[scan + best_len];
        loop {
            if cur_match >= scan {
                break; // unreachable: chains only hold earlier positions
            }
            let m = cur_match;
            if w[m + best_len] == scan_end
                && w[m + best_len - 1] == scan_end1
                && w[m] == w[scan]
                && w[m + 1] == w[scan + 1]
            {
                let len = common_prefix(w, scan, m, 3, MAX_MATCH);
                if len > best_len {
                    self.match_start = cur_match;
                    best_len = len;
                    if len >= nice {
                        break;
                    }
                    scan_end1 = w[scan + best_len - 1];
                    scan_end = w[scan + best_len];
                }
            }
            cur_match = usize::from(self.prev[cur_match & self.w_mask]);
            if cur_match <= limit {
                break;
            }
            chain -= 1;
            if chain == 0 {
                break;
            }
        }
        best_len.min(self.lookahead)
    }

    /// Ends the current block (`FLUSH_BLOCK_ONLY`).
    fn flush_block_only(&mut self, io: &mut Io<'_, '_>, last: bool) {
        let stored_len = (self.strstart as isize - self.block_start) as usize;
        let stored = if self.block_start >= 0 {
            let b = self.block_start as usize;
            Some(&self.window[b..b + stored_len])
        } else {
            None
        };
        self.block.flush_block(
            &mut self.pending,
            stored,
            stored_len,
            last,
            self.level,
            self.strategy,
        );
        self.matches = 0;
        self.block_start = self.strstart as isize;
        self.flush_pending(io);
    }

    /// End-of-input handling shared by the compressing builders.
    fn finish_builder(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> BlockOutcome {
        if flush == Flush::Finish {
            self.flush_block_only(io, true);
            if io.avail_out() == 0 {
                return BlockOutcome::FinishStarted;
            }
            return BlockOutcome::FinishDone;
        }
        if self.block.has_symbols() {
            self.flush_block_only(io, false);
            if io.avail_out() == 0 {
                return BlockOutcome::NeedMore;
            }
        }
        BlockOutcome::BlockDone
    }

    /// Level 0: copies input into stored blocks, directly into the output
    /// when it is large enough, as `deflate_stored` does.
    fn deflate_stored(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> BlockOutcome {
        let mut min_block = (self.pending_buf_size - 5).min(self.w_size);
        let mut last = false;
        let mut used = io.avail_in();
        loop {
            let mut len = MAX_STORED;
            let header = ((self.pending.bit_count() + 42) >> 3) as usize;
            if io.avail_out() < header {
                break;
            }
            let have = io.avail_out() - header;
            let mut left = (self.strstart as isize - self.block_start) as usize;
            if len > left + io.avail_in() {
                len = left + io.avail_in();
            }
            if len > have {
                len = have;
            }
            if len < min_block
                && ((len == 0 && flush != Flush::Finish)
                    || flush == Flush::None
                    || len != left + io.avail_in())
            {
                break;
            }
            last = flush == Flush::Finish && len == left + io.avail_in();
            stored_block(&mut self.pending, &[], last);
            self.pending.patch_from_end(4, len as u8);
            self.pending.patch_from_end(3, (len >> 8) as u8);
            self.pending.patch_from_end(2, !len as u8);
            self.pending.patch_from_end(1, (!len >> 8) as u8);
            self.flush_pending(io);

            if left != 0 {
                if left > len {
                    left = len;
                }
                let b = self.block_start as usize;
                io.output[io.next_out..io.next_out + left]
                    .copy_from_slice(&self.window[b..b + left]);
                io.next_out += left;
                self.total_out += left as u64;
                self.block_start += left as isize;
                len -= left;
            }
            if len != 0 {
                self.read_into_output(io, len);
            }
            if last {
                break;
            }
        }

        used -= io.avail_in();
        if used != 0 {
            let wsize = self.w_size;
            if used >= wsize {
                self.matches = 2;
                let src = &io.input[io.next_in - wsize..io.next_in];
                self.window[..wsize].copy_from_slice(src);
                self.strstart = wsize;
                self.insert = self.strstart;
            } else {
                if self.window_size - self.strstart <= used {
                    self.strstart -= wsize;
                    self.window.copy_within(wsize..wsize + self.strstart, 0);
                    if self.matches < 2 {
                        self.matches += 1;
                    }
                    if self.insert > self.strstart {
                        self.insert = self.strstart;
                    }
                }
                let src = &io.input[io.next_in - used..io.next_in];
                self.window[self.strstart..self.strstart + used].copy_from_slice(src);
                self.strstart += used;
                self.insert += used.min(wsize - self.insert);
            }
            self.block_start = self.strstart as isize;
        }
        if self.high_water < self.strstart {
            self.high_water = self.strstart;
        }

        if last {
            return BlockOutcome::FinishDone;
        }
        if flush != Flush::None
            && flush != Flush::Finish
            && io.avail_in() == 0
            && self.strstart as isize == self.block_start
        {
            return BlockOutcome::BlockDone;
        }

        // Fill the window with any remaining input.
        let mut have = self.window_size - self.strstart;
        if io.avail_in() > have && self.block_start >= self.w_size as isize {
            let wsize = self.w_size;
            self.block_start -= wsize as isize;
            self.strstart -= wsize;
            self.window.copy_within(wsize..wsize + self.strstart, 0);
            if self.matches < 2 {
                self.matches += 1;
            }
            have += wsize;
            if self.insert > self.strstart {
                self.insert = self.strstart;
            }
        }
        if have > io.avail_in() {
            have = io.avail_in();
        }
        if have != 0 {
            let at = self.strstart;
            self.read_into_window(io, at, have);
            self.strstart += have;
            self.insert += have.min(self.w_size - self.insert);
        }
        if self.high_water < self.strstart {
            self.high_water = self.strstart;
        }

        // Not enough output space for a direct copy: emit a stored block from
        // the window into pending if it is big enough or we are flushing.
        let header = ((self.pending.bit_count() + 42) >> 3) as usize;
        let have = (self.pending_buf_size - header).min(MAX_STORED);
        min_block = have.min(self.w_size);
        let left = (self.strstart as isize - self.block_start) as usize;
        if left >= min_block
            || ((left != 0 || flush == Flush::Finish)
                && flush != Flush::None
                && io.avail_in() == 0
                && left <= have)
        {
            let len = left.min(have);
            last = flush == Flush::Finish && io.avail_in() == 0 && len == left;
            let b = self.block_start as usize;
            stored_block(&mut self.pending, &self.window[b..b + len], last);
            self.block_start += len as isize;
            self.flush_pending(io);
        }
        if last {
            BlockOutcome::FinishStarted
        } else {
            BlockOutcome::NeedMore
        }
    }

    /// Levels 1..=3: greedy matching without lazy evaluation (`deflate_fast`).
    fn deflate_fast(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> BlockOutcome {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window(io);
                if self.lookahead < MIN_LOOKAHEAD && flush == Flush::None {
                    return BlockOutcome::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            if hash_head != 0 && self.strstart.wrapping_sub(hash_head) <= self.max_dist() {
                self.match_length = self.longest_match(hash_head);
            }
            let bflush;
            if self.match_length >= MIN_MATCH {
                bflush = self.block.tally_dist(
                    self.strstart.wrapping_sub(self.match_start),
                    self.match_length - MIN_MATCH,
                );
                self.lookahead -= self.match_length;
                if self.match_length <= self.max_lazy_match && self.lookahead >= MIN_MATCH {
                    self.match_length -= 1;
                    loop {
                        self.strstart += 1;
                        self.insert_string(self.strstart);
                        self.match_length -= 1;
                        if self.match_length == 0 {
                            break;
                        }
                    }
                    self.strstart += 1;
                } else {
                    self.strstart += self.match_length;
                    self.match_length = 0;
                }
            } else {
                bflush = self.block.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
            }
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out() == 0 {
                    return BlockOutcome::NeedMore;
                }
            }
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish_builder(io, flush)
    }

    /// Levels 4..=9: lazy matching (`deflate_slow`).
    fn deflate_slow(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> BlockOutcome {
        loop {
            if self.lookahead < MIN_LOOKAHEAD {
                self.fill_window(io);
                if self.lookahead < MIN_LOOKAHEAD && flush == Flush::None {
                    return BlockOutcome::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            let mut hash_head = 0;
            if self.lookahead >= MIN_MATCH {
                hash_head = self.insert_string(self.strstart);
            }
            self.prev_length = self.match_length;
            self.prev_match = self.match_start;
            self.match_length = MIN_MATCH - 1;

            if hash_head != 0
                && self.prev_length < self.max_lazy_match
                && self.strstart.wrapping_sub(hash_head) <= self.max_dist()
            {
                self.match_length = self.longest_match(hash_head);
                if self.match_length <= 5
                    && (self.strategy == Z_FILTERED
                        || (self.match_length == MIN_MATCH
                            && self.strstart.wrapping_sub(self.match_start) > TOO_FAR))
                {
                    self.match_length = MIN_MATCH - 1;
                }
            }

            if self.prev_length >= MIN_MATCH && self.match_length <= self.prev_length {
                let max_insert = self.strstart + self.lookahead - MIN_MATCH;
                let bflush = self.block.tally_dist(
                    self.strstart.wrapping_sub(1).wrapping_sub(self.prev_match),
                    self.prev_length - MIN_MATCH,
                );
                self.lookahead -= self.prev_length - 1;
                self.prev_length -= 2;
                loop {
                    self.strstart += 1;
                    if self.strstart <= max_insert {
                        self.insert_string(self.strstart);
                    }
                    self.prev_length -= 1;
                    if self.prev_length == 0 {
                        break;
                    }
                }
                self.match_available = false;
                self.match_length = MIN_MATCH - 1;
                self.strstart += 1;
                if bflush {
                    self.flush_block_only(io, false);
                    if io.avail_out() == 0 {
                        return BlockOutcome::NeedMore;
                    }
                }
            } else if self.match_available {
                let bflush = self.block.tally_lit(self.window[self.strstart - 1]);
                if bflush {
                    self.flush_block_only(io, false);
                }
                self.strstart += 1;
                self.lookahead -= 1;
                if io.avail_out() == 0 {
                    return BlockOutcome::NeedMore;
                }
            } else {
                self.match_available = true;
                self.strstart += 1;
                self.lookahead -= 1;
            }
        }
        if self.match_available {
            self.block.tally_lit(self.window[self.strstart - 1]);
            self.match_available = false;
        }
        self.insert = self.strstart.min(MIN_MATCH - 1);
        self.finish_builder(io, flush)
    }

    /// `Z_RLE`: matches of distance one only (`deflate_rle`).
    fn deflate_rle(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> BlockOutcome {
        loop {
            if self.lookahead <= MAX_MATCH {
                self.fill_window(io);
                if self.lookahead <= MAX_MATCH && flush == Flush::None {
                    return BlockOutcome::NeedMore;
                }
                if self.lookahead == 0 {
                    break;
                }
            }
            self.match_length = 0;
            if self.lookahead >= MIN_MATCH && self.strstart > 0 {
                let w = &self.window;
                let s = self.strstart;
                let prev = w[s - 1];
                if prev == w[s] && prev == w[s + 1] && prev == w[s + 2] {
                    let mut len = 3;
                    while len < MAX_MATCH && w[s + len] == prev {
                        len += 1;
                    }
                    self.match_length = len.min(self.lookahead);
                }
            }
            let bflush = if self.match_length >= MIN_MATCH {
                let f = self.block.tally_dist(1, self.match_length - MIN_MATCH);
                self.lookahead -= self.match_length;
                self.strstart += self.match_length;
                self.match_length = 0;
                f
            } else {
                let f = self.block.tally_lit(self.window[self.strstart]);
                self.lookahead -= 1;
                self.strstart += 1;
                f
            };
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out() == 0 {
                    return BlockOutcome::NeedMore;
                }
            }
        }
        self.insert = 0;
        self.finish_builder(io, flush)
    }

    /// `Z_HUFFMAN_ONLY`: literals only (`deflate_huff`).
    fn deflate_huff(&mut self, io: &mut Io<'_, '_>, flush: Flush) -> BlockOutcome {
        loop {
            if self.lookahead == 0 {
                self.fill_window(io);
                if self.lookahead == 0 {
                    if flush == Flush::None {
                        return BlockOutcome::NeedMore;
                    }
                    break;
                }
            }
            self.match_length = 0;
            let bflush = self.block.tally_lit(self.window[self.strstart]);
            self.lookahead -= 1;
            self.strstart += 1;
            if bflush {
                self.flush_block_only(io, false);
                if io.avail_out() == 0 {
                    return BlockOutcome::NeedMore;
                }
            }
        }
        self.insert = 0;
        self.finish_builder(io, flush)
    }
}

/// Length of the common prefix of `w[a..]` and `w[b..]`, starting the
/// comparison at offset `from` and stopping at `max`.
#[inline]
fn common_prefix(w: &[u8], a: usize, b: usize, from: usize, max: usize) -> usize {
    let mut len = from;
    while len + 8 <= max {
        let x = load_u64(w, a + len) ^ load_u64(w, b + len);
        if x != 0 {
            return len + (x.trailing_zeros() / 8) as usize;
        }
        len += 8;
    }
    while len < max && w[a + len] == w[b + len] {
        len += 1;
    }
    len
}

#[inline]
fn load_u64(w: &[u8], i: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&w[i..i + 8]);
    u64::from_le_bytes(b)
}

/// Snapshots of the state (`loopscope_zlib_snap`): a stream can continue in another wasm instance.
mod snapshot {
    use super::{Deflater, Phase};
    use loopscope_zlib_snap::{snap_enum, snap_struct, Reader, Snap, SnapError};

    snap_enum!(Phase {
        Init,
        GzipHeader,
        Busy,
        Finished
    });

    snap_struct!(Deflater {
        wrap,
        phase,
        pending,
        last_flush,
        w_bits,
        w_size,
        w_mask,
        window,
        window_size,
        prev,
        head,
        hash_mask,
        block_start,
        match_length,
        prev_match,
        match_available,
        strstart,
        match_start,
        lookahead,
        prev_length,
        max_chain_length,
        max_lazy_match,
        good_match,
        nice_match,
        level,
        strategy,
        block,
        pending_buf_size,
        matches,
        insert,
        high_water,
        check,
        total_in,
        total_out,
    });

    impl Deflater {
        /// The whole state as bytes, for [`Deflater::restore`] (in this build of the crate).
        pub fn snapshot(&self, out: &mut Vec<u8>) {
            self.put(out);
        }

        /// A state saved by [`Deflater::snapshot`]; it continues exactly like the original.
        pub fn restore(r: &mut Reader<'_>) -> Result<Self, SnapError> {
            let d = Self::get(r)?;
            // The hot loops index these without checks against each other: refuse a state
            // whose buffers do not fit its sizes.
            let ok = d.window.len() >= 2 * d.w_size
                && d.w_mask.checked_add(1) == Some(d.w_size)
                && d.prev.len() >= d.w_size
                && d.head.len() > d.hash_mask
                && d.window_size <= d.window.len()
                && d.block.fits();
            if ok {
                Ok(d)
            } else {
                Err(SnapError)
            }
        }
    }
}
