//! Huffman decoding tables in the two-level layout zlib's inflate uses.
//!
//! A table is a flat array of [`Entry`] values.  The first `1 << root`
//! entries are indexed by the next `root` input bits (least significant bit
//! first).  Codes longer than `root` bits go through a link entry that names a
//! second-level table placed later in the same array.  Keeping the same root
//! sizes and entry meanings as zlib makes the number of input bytes pulled
//! while decoding identical to zlib's.

/// One decoding table entry.
///
/// `op` meanings: `0` literal (`val` is the byte or symbol); `16 | n` a
/// length or distance base in `val` followed by `n` extra bits; `1..=15`
/// (high nibble clear) a link to a sub-table at offset `val` indexed by `op`
/// more bits; `96` end of block; `64` an invalid code.  `bits` is how many
/// bits this entry consumes at its level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub op: u8,
    pub bits: u8,
    pub val: u16,
}

pub(crate) const OP_END_OF_BLOCK: u8 = 96;
pub(crate) const OP_INVALID: u8 = 64;

/// Worst-case sizes of the literal/length (root 9) and distance (root 6)
/// tables for any valid set of code lengths.
pub(crate) const LIT_TABLE_MAX: usize = 852;
pub(crate) const DIST_TABLE_MAX: usize = 592;
/// Space for one literal/length table followed by one distance table.
pub(crate) const TABLE_SPACE: usize = LIT_TABLE_MAX + DIST_TABLE_MAX;

/// Root index sizes zlib asks for.
pub(crate) const CODELEN_ROOT: u32 = 7;
pub(crate) const LIT_ROOT: u32 = 9;
pub(crate) const DIST_ROOT: u32 = 6;

const MAX_LEN: usize = 15;

/// Which alphabet a table decodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Alphabet {
    /// The 19-symbol code-length alphabet of a dynamic block header.
    CodeLengths,
    /// Literal/length symbols 0..=287.
    LitLen,
    /// Distance symbols 0..=31.
    Dist,
}

/// Length bases and extra-bit counts for symbols 257..=287 (the last two are
/// not valid symbols).
const LEN_BASE: [u16; 31] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258, 0, 0,
];
const LEN_EXTRA: [u8; 31] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, 255, 255,
];
/// Distance bases and extra-bit counts for symbols 0..=31 (30 and 31 are not
/// valid symbols).
const DIST_BASE: [u16; 32] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577, 0, 0,
];
const DIST_EXTRA: [u8; 32] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13, 255, 255,
];

fn symbol_entry(alphabet: Alphabet, sym: u16, bits: u8) -> Entry {
    let s = usize::from(sym);
    let (op, val) = match alphabet {
        Alphabet::CodeLengths => (0, sym),
        Alphabet::LitLen if s < 256 => (0, sym),
        Alphabet::LitLen if s == 256 => (OP_END_OF_BLOCK, 0),
        Alphabet::LitLen => match (LEN_EXTRA.get(s - 257), LEN_BASE.get(s - 257)) {
            (Some(&e), Some(&b)) if e != 255 => (16 | e, b),
            _ => (OP_INVALID, 0),
        },
        Alphabet::Dist => match (DIST_EXTRA.get(s), DIST_BASE.get(s)) {
            (Some(&e), Some(&b)) if e != 255 => (16 | e, b),
            _ => (OP_INVALID, 0),
        },
    };
    Entry { op, bits, val }
}

/// Why a set of code lengths was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct BadLengths;

/// Build the decoding table for `lengths` into `out`, asking for a root of
/// `want_root` bits.  Returns the root size actually used and the number of
/// entries written.
///
/// Over-subscribed sets are rejected, and so are incomplete ones except a
/// literal/length or distance code made of a single one-bit code; a set
/// with no codes at all yields a two-entry table of invalid codes, so the
/// error surfaces only if a code is actually decoded.
pub(crate) fn build(
    alphabet: Alphabet,
    lengths: &[u16],
    want_root: u32,
    out: &mut [Entry],
) -> Result<(u32, usize), BadLengths> {
    let mut count = [0u16; MAX_LEN + 1];
    for &len in lengths {
        let l = usize::from(len);
        if l > MAX_LEN {
            return Err(BadLengths);
        }
        count[l] += 1;
    }

    let mut longest = MAX_LEN;
    while longest > 0 && count[longest] == 0 {
        longest -= 1;
    }
    if longest == 0 {
        let invalid = Entry {
            op: OP_INVALID,
            bits: 1,
            val: 0,
        };
        if out.len() < 2 {
            return Err(BadLengths);
        }
        out[0] = invalid;
        out[1] = invalid;
        return Ok((1, 2));
    }
    let mut shortest = 1;
    while shortest < longest && count[shortest] == 0 {
        shortest += 1;
    }
    let root = (want_root as usize).min(longest).max(shortest);

    // Kraft check: `room` is the number of unused codes of each length.
    let mut room: i32 = 1;
    for &c in count.iter().skip(1) {
        room = (room << 1) - i32::from(c);
        if room < 0 {
            return Err(BadLengths);
        }
    }
    if room > 0 && (alphabet == Alphabet::CodeLengths || longest != 1) {
        return Err(BadLengths);
    }

    // Symbols sorted by code length, then by symbol value.
    let mut start = [0usize; MAX_LEN + 2];
    for len in 1..=MAX_LEN {
        start[len + 1] = start[len] + usize::from(count[len]);
    }
    let mut sorted = [0u16; 320];
    for (sym, &len) in lengths.iter().enumerate() {
        if len != 0 {
            let slot = &mut start[usize::from(len)];
            sorted[*slot] = sym as u16;
            *slot += 1;
        }
    }

    let limit = match alphabet {
        Alphabet::CodeLengths => out.len(),
        Alphabet::LitLen => LIT_TABLE_MAX.min(out.len()),
        Alphabet::Dist => DIST_TABLE_MAX.min(out.len()),
    };
    let mut used = 1usize << root;
    if used > limit {
        return Err(BadLengths);
    }

    let root_mask = used - 1;
    let mut code = 0usize; // current code, bit-reversed
    let mut len = shortest;
    let mut idx = 0usize; // index into `sorted`
    let mut table = 0usize; // offset of the table being filled
    let mut width = root; // index bits of that table
    let mut skip = 0usize; // bits consumed before that table (0 or root)
    let mut linked = usize::MAX; // root index of the current sub-table
    let mut remaining = count;
    loop {
        let entry = symbol_entry(alphabet, sorted[idx], (len - skip) as u8);
        // Replicate the entry over every index whose low bits are the code.
        let step = 1usize << (len - skip);
        let span = 1usize << width;
        let base = table + (code >> skip);
        let mut at = 0;
        while at < span {
            out[base + at] = entry;
            at += step;
        }

        // Advance the bit-reversed code.
        let mut bit = 1usize << (len - 1);
        while code & bit != 0 {
            bit >>= 1;
        }
        code = if bit != 0 {
            (code & (bit - 1)) + bit
        } else {
            0
        };

        idx += 1;
        remaining[len] -= 1;
        if remaining[len] == 0 {
            if len == longest {
                break;
            }
            len = usize::from(lengths[usize::from(sorted[idx])]);
        }

        // Start a new sub-table when leaving the current root slot.
        if len > root && (code & root_mask) != linked {
            if skip == 0 {
                skip = root;
            }
            table += span;
            width = len - skip;
            let mut free = 1i32 << width;
            while width + skip < longest {
                free -= i32::from(remaining[width + skip]);
                if free <= 0 {
                    break;
                }
                width += 1;
                free <<= 1;
            }
            used += 1usize << width;
            if used > limit {
                return Err(BadLengths);
            }
            linked = code & root_mask;
            out[linked] = Entry {
                op: width as u8,
                bits: root as u8,
                val: table as u16,
            };
        }
    }

    // An allowed incomplete code (a single one-bit code) leaves one slot.
    if code != 0 {
        out[table + code] = Entry {
            op: OP_INVALID,
            bits: (len - skip) as u8,
            val: 0,
        };
    }
    Ok((root as u32, used))
}

/// The fixed Huffman tables of block type 1.
pub(crate) struct Fixed {
    pub lit: Vec<Entry>,
    pub dist: Vec<Entry>,
}

pub(crate) const FIXED_LIT_BITS: u32 = 9;
pub(crate) const FIXED_DIST_BITS: u32 = 5;

fn build_fixed() -> Fixed {
    let mut lens = [0u16; 288];
    for (i, l) in lens.iter_mut().enumerate() {
        *l = match i {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
    }
    let mut lit = vec![Entry::default(); 1 << FIXED_LIT_BITS];
    let lit_ok = build(Alphabet::LitLen, &lens, FIXED_LIT_BITS, &mut lit);
    let mut dist = vec![Entry::default(); 1 << FIXED_DIST_BITS];
    let dist_ok = build(Alphabet::Dist, &[5u16; 32], FIXED_DIST_BITS, &mut dist);
    debug_assert_eq!(lit_ok, Ok((FIXED_LIT_BITS, 512)));
    debug_assert_eq!(dist_ok, Ok((FIXED_DIST_BITS, 32)));
    Fixed { lit, dist }
}

/// The fixed tables, built on first use.
pub(crate) fn fixed() -> &'static Fixed {
    static FIXED: std::sync::OnceLock<Fixed> = std::sync::OnceLock::new();
    FIXED.get_or_init(build_fixed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_tables_shape() {
        let f = fixed();
        // Code 0000000 (7 bits) is end-of-block.
        assert_eq!(f.lit[0].op, OP_END_OF_BLOCK);
        assert_eq!(f.lit[0].bits, 7);
        // Literal 0 is the 8-bit code 00110000, reversed 00001100.
        assert_eq!(
            f.lit[0b0000_1100],
            Entry {
                op: 0,
                bits: 8,
                val: 0
            }
        );
        // Distance codes 30 and 31 are invalid.
        assert_eq!(f.dist[0b01111].op, OP_INVALID);
        assert_eq!(f.dist[0b11111].op, OP_INVALID);
    }

    #[test]
    fn rejects_bad_sets() {
        let mut out = vec![Entry::default(); TABLE_SPACE];
        // Over-subscribed.
        assert!(build(Alphabet::LitLen, &[1, 1, 1], 9, &mut out).is_err());
        // Incomplete with a 2-bit code.
        assert!(build(Alphabet::Dist, &[2, 0, 0], 6, &mut out).is_err());
        // Incomplete single one-bit code: allowed for distances.
        assert_eq!(build(Alphabet::Dist, &[0, 1], 6, &mut out), Ok((1, 2)));
        assert_eq!(out[1].op, OP_INVALID);
        // ...but never for the code-length code.
        assert!(build(Alphabet::CodeLengths, &[1, 0], 7, &mut out).is_err());
        // Empty set.
        assert_eq!(build(Alphabet::Dist, &[0; 30], 6, &mut out), Ok((1, 2)));
    }
}
