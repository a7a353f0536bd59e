//! The inner decoding loop for the common case of plenty of input and output.
//!
//! It is entered only with at least 6 input bytes and 258 output bytes
//! available, which lets it decode a whole literal or length/distance pair
//! without checking for the end of either buffer.  It stops when fewer
//! remain, at the end of a block, or at an error, and returns any whole bytes
//! it had pulled into the bit buffer but not used, so the input position it
//! leaves behind is the same as a byte-at-a-time decoder would leave.

use crate::inflate::Window;
use crate::tables::Entry;

/// Input bytes the fast loop needs before starting a symbol.
pub(crate) const MIN_INPUT: usize = 6;
/// Output bytes the fast loop needs before starting a symbol.
pub(crate) const MIN_OUTPUT: usize = 258;

/// How the fast loop stopped.
pub(crate) enum Exit {
    /// Ran low on input or output; the caller continues in the length state.
    Len,
    /// Reached an end-of-block code.
    EndOfBlock,
    /// Found invalid data; the message is zlib's.
    Bad(&'static str),
}

/// Decoding tables and bit-buffer state handed to [`run`].
pub(crate) struct Codes<'a> {
    pub lit: &'a [Entry],
    pub lit_bits: u32,
    pub dist: &'a [Entry],
    pub dist_bits: u32,
}

/// Bit buffer and buffer positions shared with the slow decoder.
pub(crate) struct Cursor {
    pub input_pos: usize,
    pub output_pos: usize,
    pub hold: u64,
    pub bits: u32,
}

#[inline(always)]
fn low_bits(hold: u64, n: u32) -> usize {
    (hold & ((1u64 << n) - 1)) as usize
}

/// Run the loop.  `output` is the whole output buffer of the current
/// `inflate()` call, so `cur.output_pos` is also the number of bytes written
/// by this call, which may be referenced by distances without the window.
pub(crate) fn run(
    codes: &Codes<'_>,
    window: &Window,
    input: &[u8],
    output: &mut [u8],
    cur: &mut Cursor,
) -> Exit {
    let in_last = input.len().saturating_sub(MIN_INPUT - 1);
    let out_last = output.len().saturating_sub(MIN_OUTPUT - 1);
    let mut inp = cur.input_pos;
    let mut out = cur.output_pos;
    let mut hold = cur.hold;
    let mut bits = cur.bits;
    let lit_mask = (1u64 << codes.lit_bits) - 1;
    let dist_mask = (1u64 << codes.dist_bits) - 1;

    // Reads past the end cannot happen given the entry conditions; the
    // fallback zero only keeps the loop panic-free.
    macro_rules! pull {
        () => {{
            hold |= u64::from(input.get(inp).copied().unwrap_or(0)) << bits;
            inp += 1;
            bits += 8;
        }};
    }

    let exit = 'symbols: loop {
        if bits < 15 {
            pull!();
            pull!();
        }
        let mut here = codes.lit[(hold & lit_mask) as usize];
        loop {
            hold >>= here.bits;
            bits -= u32::from(here.bits);
            let op = u32::from(here.op);
            if op == 0 {
                output[out] = here.val as u8;
                out += 1;
                break;
            }
            if op & 16 != 0 {
                let mut len = usize::from(here.val);
                let extra = op & 15;
                if extra != 0 {
                    if bits < extra {
                        pull!();
                    }
                    len += low_bits(hold, extra);
                    hold >>= extra;
                    bits -= extra;
                }
                if bits < 15 {
                    pull!();
                    pull!();
                }
                let mut d = codes.dist[(hold & dist_mask) as usize];
                loop {
                    hold >>= d.bits;
                    bits -= u32::from(d.bits);
                    let dop = u32::from(d.op);
                    if dop & 16 != 0 {
                        let extra = dop & 15;
                        if bits < extra {
                            pull!();
                            if bits < extra {
                                pull!();
                            }
                        }
                        let dist = usize::from(d.val) + low_bits(hold, extra);
                        hold >>= extra;
                        bits -= extra;
                        if dist > out {
                            let back = dist - out;
                            if back > window.have {
                                break 'symbols Exit::Bad("invalid distance too far back");
                            }
                            out = window.copy_out(back, len, output, out);
                        } else {
                            copy_match(output, out, dist, len);
                            out += len;
                        }
                        break;
                    }
                    if dop & 64 == 0 {
                        d = codes.dist[usize::from(d.val) + low_bits(hold, dop)];
                        continue;
                    }
                    break 'symbols Exit::Bad("invalid distance code");
                }
                break;
            }
            if op & 64 == 0 {
                here = codes.lit[usize::from(here.val) + low_bits(hold, op)];
                continue;
            }
            if op & 32 != 0 {
                break 'symbols Exit::EndOfBlock;
            }
            break 'symbols Exit::Bad("invalid literal/length code");
        }
        if inp >= in_last || out >= out_last {
            break Exit::Len;
        }
    };

    // Hand back whole unused bytes.
    let unused = bits >> 3;
    inp -= unused as usize;
    bits -= unused << 3;
    hold &= (1u64 << bits) - 1;
    cur.input_pos = inp.min(input.len());
    cur.output_pos = out;
    cur.hold = hold;
    cur.bits = bits;
    exit
}

/// Copy `len` bytes ending-distance `dist` back within `buf`, starting at
/// `at`; the regions may overlap (a run repeats the pattern).
#[inline(always)]
pub(crate) fn copy_match(buf: &mut [u8], at: usize, dist: usize, len: usize) {
    let src = at - dist;
    if dist >= len {
        buf.copy_within(src..src + len, at);
    } else if dist == 1 {
        let b = buf[src];
        buf[at..at + len].fill(b);
    } else {
        // Each pass copies a non-overlapping block of at most `dist` bytes.
        let mut done = 0;
        while done < len {
            let n = dist.min(len - done);
            buf.copy_within(src + done..src + done + n, at + done);
            done += n;
        }
    }
}
