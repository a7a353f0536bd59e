//! Block encoding: symbol tallies, Huffman tree construction and the three
//! DEFLATE block types (stored, fixed, dynamic), following the decisions zlib's
//! `trees.c` makes so that block boundaries, block types and code lengths
//! come out identical.

use crate::pending::Pending;

/// Number of literal/length codes, including the end-of-block code.
pub(crate) const L_CODES: usize = 286;
/// Number of distance codes.
pub(crate) const D_CODES: usize = 30;
/// Number of code-length codes.
const BL_CODES: usize = 19;
/// Length codes (excluding literals and end of block).
const LENGTH_CODES: usize = 29;
/// Number of literal byte values.
const LITERALS: usize = 256;
/// End-of-block symbol.
const END_BLOCK: usize = 256;
/// Longest code length allowed for literal/length and distance codes.
const MAX_BITS: usize = 15;
/// Longest code length allowed for code-length codes.
const MAX_BL_BITS: usize = 7;
/// Heap capacity: enough for all leaves and internal nodes of the largest tree.
const HEAP_SIZE: usize = 2 * L_CODES + 1;
/// Code-length alphabet: repeat previous length 3..6 times.
const REP_3_6: usize = 16;
/// Code-length alphabet: repeat zero 3..10 times.
const REPZ_3_10: usize = 17;
/// Code-length alphabet: repeat zero 11..138 times.
const REPZ_11_138: usize = 18;
/// Strategy value forcing fixed Huffman codes.
pub(crate) const Z_FIXED: u8 = 4;

const EXTRA_LBITS: [u8; LENGTH_CODES] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const EXTRA_DBITS: [u8; D_CODES] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
const EXTRA_BLBITS: [u8; BL_CODES] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
/// Order in which code-length code lengths are transmitted.
const BL_ORDER: [u8; BL_CODES] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

/// Precomputed constant tables (the contents of zlib's `trees.h`).
struct Tables {
    /// Length code for each match length minus 3.
    length_code: [u8; 256],
    /// First match length (minus 3) of each length code.
    base_length: [u8; LENGTH_CODES],
    /// Distance code for distance-1 below 256, then for (distance-1)>>7.
    dist_code: [u8; 512],
    /// First distance (minus 1) of each distance code.
    base_dist: [u16; D_CODES],
    /// Fixed literal/length codes (bit-reversed) and lengths, 288 entries.
    static_lcode: [u16; 288],
    static_llen: [u8; 288],
    /// Fixed distance codes (bit-reversed); all have length 5.
    static_dcode: [u16; D_CODES],
}

const fn reverse_bits(mut code: u32, len: u32) -> u32 {
    let mut res = 0;
    let mut i = 0;
    while i < len {
        res = (res << 1) | (code & 1);
        code >>= 1;
        i += 1;
    }
    res
}

const fn build_tables() -> Tables {
    let mut length_code = [0u8; 256];
    let mut base_length = [0u8; LENGTH_CODES];
    let mut length = 0usize;
    let mut code = 0usize;
    while code < LENGTH_CODES - 1 {
        base_length[code] = length as u8;
        let mut n = 0;
        while n < (1 << EXTRA_LBITS[code]) {
            length_code[length] = code as u8;
            length += 1;
            n += 1;
        }
        code += 1;
    }
    // Length 258 has its own code (285) instead of 284 plus 31 extra.
    length_code[255] = code as u8;

    let mut dist_code = [0u8; 512];
    let mut base_dist = [0u16; D_CODES];
    let mut dist = 0usize;
    code = 0;
    while code < 16 {
        base_dist[code] = dist as u16;
        let mut n = 0;
        while n < (1 << EXTRA_DBITS[code]) {
            dist_code[dist] = code as u8;
            dist += 1;
            n += 1;
        }
        code += 1;
    }
    dist >>= 7;
    while code < D_CODES {
        base_dist[code] = (dist << 7) as u16;
        let mut n = 0;
        while n < (1 << (EXTRA_DBITS[code] - 7)) {
            dist_code[256 + dist] = code as u8;
            dist += 1;
            n += 1;
        }
        code += 1;
    }

    let mut static_llen = [0u8; 288];
    let mut bl_count = [0u16; MAX_BITS + 1];
    let mut n = 0;
    while n < 288 {
        let len = if n <= 143 {
            8
        } else if n <= 255 {
            9
        } else if n <= 279 {
            7
        } else {
            8
        };
        static_llen[n] = len;
        bl_count[len as usize] += 1;
        n += 1;
    }
    let mut next_code = [0u16; MAX_BITS + 1];
    let mut c = 0u32;
    let mut bits = 1;
    while bits <= MAX_BITS {
        c = (c + bl_count[bits - 1] as u32) << 1;
        next_code[bits] = c as u16;
        bits += 1;
    }
    let mut static_lcode = [0u16; 288];
    n = 0;
    while n < 288 {
        let len = static_llen[n] as usize;
        static_lcode[n] = reverse_bits(next_code[len] as u32, len as u32) as u16;
        next_code[len] += 1;
        n += 1;
    }
    let mut static_dcode = [0u16; D_CODES];
    n = 0;
    while n < D_CODES {
        static_dcode[n] = reverse_bits(n as u32, 5) as u16;
        n += 1;
    }
    Tables {
        length_code,
        base_length,
        dist_code,
        base_dist,
        static_lcode,
        static_llen,
        static_dcode,
    }
}

static TABLES: Tables = build_tables();

/// Distance code for a match distance minus one.
#[inline]
fn d_code(dist: usize) -> usize {
    if dist < 256 {
        TABLES.dist_code[dist] as usize
    } else {
        TABLES.dist_code[256 + (dist >> 7)] as usize
    }
}

/// One Huffman tree: per-node frequency, parent, code length and code.
#[derive(Debug, Clone)]
struct Tree {
    freq: Vec<u32>,
    dad: Vec<u16>,
    len: Vec<u16>,
    code: Vec<u16>,
    /// Largest symbol with non-zero frequency after `build`.
    max_code: usize,
}

impl Tree {
    fn new(nodes: usize) -> Self {
        Tree {
            freq: vec![0; nodes],
            dad: vec![0; nodes],
            len: vec![0; nodes],
            code: vec![0; nodes],
            max_code: 0,
        }
    }
}

/// Fixed properties of one of the three alphabets.
struct Alphabet {
    /// Fixed-code lengths used to cost a fixed block, if this alphabet has one.
    static_len: Option<fn(usize) -> u32>,
    extra_bits: &'static [u8],
    extra_base: usize,
    elems: usize,
    max_length: usize,
}

fn static_llen(n: usize) -> u32 {
    u32::from(TABLES.static_llen[n])
}

fn static_dlen(_n: usize) -> u32 {
    5
}

const L_ALPHABET: Alphabet = Alphabet {
    static_len: Some(static_llen),
    extra_bits: &EXTRA_LBITS,
    extra_base: LITERALS + 1,
    elems: L_CODES,
    max_length: MAX_BITS,
};
const D_ALPHABET: Alphabet = Alphabet {
    static_len: Some(static_dlen),
    extra_bits: &EXTRA_DBITS,
    extra_base: 0,
    elems: D_CODES,
    max_length: MAX_BITS,
};
const BL_ALPHABET: Alphabet = Alphabet {
    static_len: None,
    extra_bits: &EXTRA_BLBITS,
    extra_base: 0,
    elems: BL_CODES,
    max_length: MAX_BL_BITS,
};

/// Working storage shared by all tree builds.
#[derive(Debug, Clone)]
struct Scratch {
    heap: Vec<usize>,
    heap_len: usize,
    heap_max: usize,
    depth: Vec<u8>,
    bl_count: [u16; MAX_BITS + 1],
    /// Bit length of the current block with dynamic trees (wrapping, as zlib's
    /// unsigned long).
    opt_len: u64,
    /// Bit length of the current block with fixed trees.
    static_len: u64,
}

impl Scratch {
    /// zlib's `smaller()`: frequency, then depth as the tie breaker.
    #[inline]
    fn smaller(&self, tree: &Tree, n: usize, m: usize) -> bool {
        tree.freq[n] < tree.freq[m]
            || (tree.freq[n] == tree.freq[m] && self.depth[n] <= self.depth[m])
    }

    fn down_heap(&mut self, tree: &Tree, mut k: usize) {
        let v = self.heap[k];
        let mut j = k << 1;
        while j <= self.heap_len {
            if j < self.heap_len && self.smaller(tree, self.heap[j + 1], self.heap[j]) {
                j += 1;
            }
            if self.smaller(tree, v, self.heap[j]) {
                break;
            }
            self.heap[k] = self.heap[j];
            k = j;
            j <<= 1;
        }
        self.heap[k] = v;
    }

    /// Computes optimal code lengths limited to the alphabet's maximum, and
    /// accumulates the block cost (`gen_bitlen`).
    fn gen_bitlen(&mut self, tree: &mut Tree, a: &Alphabet) {
        let max_code = tree.max_code;
        for c in self.bl_count.iter_mut() {
            *c = 0;
        }
        let root = self.heap[self.heap_max];
        tree.len[root] = 0;
        let mut overflow = 0i32;
        let mut h = self.heap_max + 1;
        while h < HEAP_SIZE {
            let n = self.heap[h];
            let mut bits = tree.len[tree.dad[n] as usize] as usize + 1;
            if bits > a.max_length {
                bits = a.max_length;
                overflow += 1;
            }
            tree.len[n] = bits as u16;
            h += 1;
            if n > max_code {
                continue;
            }
            self.bl_count[bits] += 1;
            let xbits = if n >= a.extra_base {
                u64::from(a.extra_bits[n - a.extra_base])
            } else {
                0
            };
            let f = u64::from(tree.freq[n]);
            self.opt_len = self
                .opt_len
                .wrapping_add(f.wrapping_mul(bits as u64 + xbits));
            if let Some(sl) = a.static_len {
                self.static_len = self
                    .static_len
                    .wrapping_add(f.wrapping_mul(u64::from(sl(n)) + xbits));
            }
        }
        if overflow == 0 {
            return;
        }
        // Move overflowing leaves up the tree, two at a time.
        loop {
            let mut bits = a.max_length - 1;
            while self.bl_count[bits] == 0 {
                bits -= 1;
            }
            self.bl_count[bits] -= 1;
            self.bl_count[bits + 1] += 2;
            self.bl_count[a.max_length] -= 1;
            overflow -= 2;
            if overflow <= 0 {
                break;
            }
        }
        // Reassign lengths in order of increasing frequency.
        let mut h = HEAP_SIZE;
        let mut bits = a.max_length;
        while bits != 0 {
            let mut n = self.bl_count[bits];
            while n != 0 {
                h -= 1;
                let m = self.heap[h];
                if m > max_code {
                    continue;
                }
                if tree.len[m] as usize != bits {
                    let delta = (bits as u64)
                        .wrapping_sub(u64::from(tree.len[m]))
                        .wrapping_mul(u64::from(tree.freq[m]));
                    self.opt_len = self.opt_len.wrapping_add(delta);
                    tree.len[m] = bits as u16;
                }
                n -= 1;
            }
            bits -= 1;
        }
    }

    /// Builds the Huffman tree for `tree` (`build_tree`).
    fn build(&mut self, tree: &mut Tree, a: &Alphabet) {
        self.heap_len = 0;
        self.heap_max = HEAP_SIZE;
        let mut max_code: isize = -1;
        for n in 0..a.elems {
            if tree.freq[n] != 0 {
                self.heap_len += 1;
                self.heap[self.heap_len] = n;
                max_code = n as isize;
                self.depth[n] = 0;
            } else {
                tree.len[n] = 0;
            }
        }
        // Force at least two codes of non-zero frequency.
        while self.heap_len < 2 {
            let node = if max_code < 2 {
                max_code += 1;
                max_code as usize
            } else {
                0
            };
            self.heap_len += 1;
            self.heap[self.heap_len] = node;
            tree.freq[node] = 1;
            self.depth[node] = 0;
            self.opt_len = self.opt_len.wrapping_sub(1);
            if let Some(sl) = a.static_len {
                self.static_len = self.static_len.wrapping_sub(u64::from(sl(node)));
            }
        }
        tree.max_code = max_code as usize;

        let mut n = self.heap_len / 2;
        while n >= 1 {
            self.down_heap(tree, n);
            n -= 1;
        }

        let mut node = a.elems;
        loop {
            // Remove the two least frequent nodes.
            let n = self.heap[1];
            self.heap[1] = self.heap[self.heap_len];
            self.heap_len -= 1;
            self.down_heap(tree, 1);
            let m = self.heap[1];

            self.heap_max -= 1;
            self.heap[self.heap_max] = n;
            self.heap_max -= 1;
            self.heap[self.heap_max] = m;

            tree.freq[node] = tree.freq[n] + tree.freq[m];
            let d = self.depth[n].max(self.depth[m]);
            self.depth[node] = d.wrapping_add(1);
            tree.dad[n] = node as u16;
            tree.dad[m] = node as u16;
            self.heap[1] = node;
            node += 1;
            self.down_heap(tree, 1);
            if self.heap_len < 2 {
                break;
            }
        }
        self.heap_max -= 1;
        self.heap[self.heap_max] = self.heap[1];

        self.gen_bitlen(tree, a);
        gen_codes(tree, &self.bl_count);
    }
}

/// Assigns canonical (bit-reversed) codes from the code lengths.
fn gen_codes(tree: &mut Tree, bl_count: &[u16; MAX_BITS + 1]) {
    let mut next_code = [0u16; MAX_BITS + 1];
    let mut code: u32 = 0;
    for bits in 1..=MAX_BITS {
        code = (code + u32::from(bl_count[bits - 1])) << 1;
        next_code[bits] = code as u16;
    }
    for n in 0..=tree.max_code {
        let len = tree.len[n] as usize;
        if len == 0 {
            continue;
        }
        tree.code[n] = reverse_bits(u32::from(next_code[len]), len as u32) as u16;
        next_code[len] = next_code[len].wrapping_add(1);
    }
}

/// Symbol buffer plus dynamic trees for the block being collected.
#[derive(Debug, Clone)]
pub(crate) struct BlockState {
    ltree: Tree,
    dtree: Tree,
    bltree: Tree,
    scratch: Scratch,
    /// Distance of each symbol (0 for a literal).
    sym_dist: Vec<u16>,
    /// Literal byte, or match length minus 3.
    sym_lc: Vec<u8>,
    /// Number of symbols collected.
    sym_next: usize,
    /// Block is flushed when this many symbols are collected.
    sym_end: usize,
}

impl BlockState {
    /// Storage for blocks of at most `lit_bufsize - 1` symbols.
    pub(crate) fn new(lit_bufsize: usize) -> Self {
        let mut b = BlockState {
            ltree: Tree::new(HEAP_SIZE),
            dtree: Tree::new(2 * D_CODES + 1),
            bltree: Tree::new(2 * BL_CODES + 1),
            scratch: Scratch {
                heap: vec![0; 2 * L_CODES + 1],
                heap_len: 0,
                heap_max: 0,
                depth: vec![0; 2 * L_CODES + 1],
                bl_count: [0; MAX_BITS + 1],
                opt_len: 0,
                static_len: 0,
            },
            sym_dist: vec![0; lit_bufsize],
            sym_lc: vec![0; lit_bufsize],
            sym_next: 0,
            sym_end: lit_bufsize - 1,
        };
        b.init_block();
        b
    }

    /// Starts a new block (`init_block`).
    pub(crate) fn init_block(&mut self) {
        self.ltree.freq[..L_CODES].fill(0);
        self.dtree.freq[..D_CODES].fill(0);
        self.bltree.freq[..BL_CODES].fill(0);
        self.ltree.freq[END_BLOCK] = 1;
        self.scratch.opt_len = 0;
        self.scratch.static_len = 0;
        self.sym_next = 0;
    }

    /// Whether any symbol has been collected for the current block.
    #[inline]
    pub(crate) fn has_symbols(&self) -> bool {
        self.sym_next != 0
    }

    /// Records a literal; returns true when the block must be flushed.
    #[inline]
    pub(crate) fn tally_lit(&mut self, c: u8) -> bool {
        self.sym_dist[self.sym_next] = 0;
        self.sym_lc[self.sym_next] = c;
        self.sym_next += 1;
        self.ltree.freq[c as usize] += 1;
        self.sym_next == self.sym_end
    }

    /// Records a match of `dist` (1..=32768) and `len_minus3` (0..=255);
    /// returns true when the block must be flushed.
    #[inline]
    pub(crate) fn tally_dist(&mut self, dist: usize, len_minus3: usize) -> bool {
        self.sym_dist[self.sym_next] = dist as u16;
        self.sym_lc[self.sym_next] = len_minus3 as u8;
        self.sym_next += 1;
        self.ltree.freq[TABLES.length_code[len_minus3] as usize + LITERALS + 1] += 1;
        self.dtree.freq[d_code(dist - 1)] += 1;
        self.sym_next == self.sym_end
    }

    /// Counts code-length symbols needed to send `tree` (`scan_tree`).
    fn scan_tree(tree: &mut Tree, bl: &mut Tree, max_code: usize) {
        let mut prevlen: i32 = -1;
        let mut nextlen = i32::from(tree.len[0]);
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        tree.len[max_code + 1] = 0xffff; // guard
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = i32::from(tree.len[n + 1]);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                bl.freq[curlen as usize] += count as u32;
            } else if curlen != 0 {
                if curlen != prevlen {
                    bl.freq[curlen as usize] += 1;
                }
                bl.freq[REP_3_6] += 1;
            } else if count <= 10 {
                bl.freq[REPZ_3_10] += 1;
            } else {
                bl.freq[REPZ_11_138] += 1;
            }
            count = 0;
            prevlen = curlen;
            (max_count, min_count) = if nextlen == 0 {
                (138, 3)
            } else if curlen == nextlen {
                (6, 3)
            } else {
                (7, 4)
            };
        }
    }

    /// Sends `tree` in compressed form using the code-length codes.
    fn send_tree(out: &mut Pending, tree: &Tree, bl: &Tree, max_code: usize) {
        let send = |out: &mut Pending, c: usize| {
            out.send_bits(u32::from(bl.code[c]), u32::from(bl.len[c]));
        };
        let mut prevlen: i32 = -1;
        let mut nextlen = i32::from(tree.len[0]);
        let mut count = 0;
        let (mut max_count, mut min_count) = if nextlen == 0 { (138, 3) } else { (7, 4) };
        for n in 0..=max_code {
            let curlen = nextlen;
            nextlen = i32::from(tree.len[n + 1]);
            count += 1;
            if count < max_count && curlen == nextlen {
                continue;
            } else if count < min_count {
                while count > 0 {
                    send(out, curlen as usize);
                    count -= 1;
                }
            } else if curlen != 0 {
                if curlen != prevlen {
                    send(out, curlen as usize);
                    count -= 1;
                }
                send(out, REP_3_6);
                out.send_bits((count - 3) as u32, 2);
            } else if count <= 10 {
                send(out, REPZ_3_10);
                out.send_bits((count - 3) as u32, 3);
            } else {
                send(out, REPZ_11_138);
                out.send_bits((count - 11) as u32, 7);
            }
            count = 0;
            prevlen = curlen;
            (max_count, min_count) = if nextlen == 0 {
                (138, 3)
            } else if curlen == nextlen {
                (6, 3)
            } else {
                (7, 4)
            };
        }
    }

    /// Builds the code-length tree; returns the index in `BL_ORDER` of the
    /// last code-length code to send.
    fn build_bl_tree(&mut self) -> usize {
        let (lmax, dmax) = (self.ltree.max_code, self.dtree.max_code);
        Self::scan_tree(&mut self.ltree, &mut self.bltree, lmax);
        Self::scan_tree(&mut self.dtree, &mut self.bltree, dmax);
        self.scratch.build(&mut self.bltree, &BL_ALPHABET);
        let mut max_blindex = BL_CODES - 1;
        while max_blindex >= 3 {
            if self.bltree.len[BL_ORDER[max_blindex] as usize] != 0 {
                break;
            }
            max_blindex -= 1;
        }
        self.scratch.opt_len = self
            .scratch
            .opt_len
            .wrapping_add(3 * (max_blindex as u64 + 1) + 5 + 5 + 4);
        max_blindex
    }

    fn send_all_trees(&self, out: &mut Pending, lcodes: usize, dcodes: usize, blcodes: usize) {
        out.send_bits((lcodes - 257) as u32, 5);
        out.send_bits((dcodes - 1) as u32, 5);
        out.send_bits((blcodes - 4) as u32, 4);
        for &sym in BL_ORDER.iter().take(blcodes) {
            out.send_bits(u32::from(self.bltree.len[sym as usize]), 3);
        }
        Self::send_tree(out, &self.ltree, &self.bltree, lcodes - 1);
        Self::send_tree(out, &self.dtree, &self.bltree, dcodes - 1);
    }

    /// Emits the collected symbols with the given codes, then end of block.
    fn compress_block<L, D>(&self, out: &mut Pending, lcode: L, dcode: D)
    where
        L: Fn(usize) -> (u16, u8),
        D: Fn(usize) -> (u16, u8),
    {
        for i in 0..self.sym_next {
            let dist = self.sym_dist[i] as usize;
            let lc = self.sym_lc[i] as usize;
            if dist == 0 {
                let (c, l) = lcode(lc);
                out.send_bits(u32::from(c), u32::from(l));
            } else {
                let code = TABLES.length_code[lc] as usize;
                let (c, l) = lcode(code + LITERALS + 1);
                out.send_bits(u32::from(c), u32::from(l));
                let extra = EXTRA_LBITS[code];
                if extra != 0 {
                    let v = lc - TABLES.base_length[code] as usize;
                    out.send_bits(v as u32, u32::from(extra));
                }
                let d = dist - 1;
                let code = d_code(d);
                let (c, l) = dcode(code);
                out.send_bits(u32::from(c), u32::from(l));
                let extra = EXTRA_DBITS[code];
                if extra != 0 {
                    let v = d - TABLES.base_dist[code] as usize;
                    out.send_bits(v as u32, u32::from(extra));
                }
            }
        }
        let (c, l) = lcode(END_BLOCK);
        out.send_bits(u32::from(c), u32::from(l));
    }

    /// Ends the current block (`_tr_flush_block`): chooses stored, fixed or
    /// dynamic coding as zlib does. `stored` is the uncompressed block data if
    /// it is still in the window (`None` when it has slid out), and
    /// `stored_len` its length.
    pub(crate) fn flush_block(
        &mut self,
        out: &mut Pending,
        stored: Option<&[u8]>,
        stored_len: usize,
        last: bool,
        level: i32,
        strategy: u8,
    ) {
        let stored_len = stored_len as u64;
        let mut max_blindex = 0;
        let (opt_lenb, static_lenb);
        if level > 0 {
            self.scratch.build(&mut self.ltree, &L_ALPHABET);
            self.scratch.build(&mut self.dtree, &D_ALPHABET);
            max_blindex = self.build_bl_tree();
            let opt = self.scratch.opt_len.wrapping_add(3 + 7) >> 3;
            let stat = self.scratch.static_len.wrapping_add(3 + 7) >> 3;
            static_lenb = stat;
            opt_lenb = if stat <= opt || strategy == Z_FIXED {
                stat
            } else {
                opt
            };
        } else {
            opt_lenb = stored_len + 5;
            static_lenb = opt_lenb;
        }

        match stored {
            Some(data) if stored_len + 4 <= opt_lenb => {
                stored_block(out, data, last);
            }
            _ if static_lenb == opt_lenb => {
                out.send_bits(2 + u32::from(last), 3);
                self.compress_block(
                    out,
                    |n| (TABLES.static_lcode[n], TABLES.static_llen[n]),
                    |n| (TABLES.static_dcode[n], 5),
                );
            }
            _ => {
                out.send_bits(4 + u32::from(last), 3);
                self.send_all_trees(
                    out,
                    self.ltree.max_code + 1,
                    self.dtree.max_code + 1,
                    max_blindex + 1,
                );
                let lt = &self.ltree;
                let dt = &self.dtree;
                self.compress_block(
                    out,
                    |n| (lt.code[n], lt.len[n] as u8),
                    |n| (dt.code[n], dt.len[n] as u8),
                );
            }
        }
        self.init_block();
        if last {
            out.align_to_byte();
        }
    }
}

/// Emits a stored block containing `data` (`_tr_stored_block`).
pub(crate) fn stored_block(out: &mut Pending, data: &[u8], last: bool) {
    out.send_bits(u32::from(last), 3);
    out.align_to_byte();
    let len = data.len() as u16;
    out.put_u16_lsb(len);
    out.put_u16_lsb(!len);
    out.put_slice(data);
}

/// Emits an empty fixed-code block to help inflate's lookahead (`_tr_align`).
pub(crate) fn align_block(out: &mut Pending) {
    out.send_bits(2, 3);
    out.send_bits(
        u32::from(TABLES.static_lcode[END_BLOCK]),
        u32::from(TABLES.static_llen[END_BLOCK]),
    );
    out.flush_bits();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_match_rfc1951() {
        assert_eq!(TABLES.length_code[0], 0);
        assert_eq!(TABLES.length_code[255], 28);
        assert_eq!(TABLES.length_code[254], 27);
        assert_eq!(TABLES.base_dist[29], 24576);
        assert_eq!(d_code(32767), 29);
        assert_eq!(TABLES.static_llen[END_BLOCK], 7);
        assert_eq!(TABLES.static_lcode[END_BLOCK], 0);
    }
}

/// Snapshots of the block state (see `Deflater::snapshot`).
mod snapshot {
    use super::{BlockState, Scratch, Tree};
    use loopscope_zlib_snap::snap_struct;

    snap_struct!(Tree {
        freq,
        dad,
        len,
        code,
        max_code
    });
    snap_struct!(Scratch {
        heap,
        heap_len,
        heap_max,
        depth,
        bl_count,
        opt_len,
        static_len
    });
    snap_struct!(BlockState {
        ltree,
        dtree,
        bltree,
        scratch,
        sym_dist,
        sym_lc,
        sym_next,
        sym_end
    });

    impl BlockState {
        /// Whether the buffers have the sizes the block code indexes by.
        pub(crate) fn fits(&self) -> bool {
            self.sym_dist.len() == self.sym_lc.len()
                && self.sym_end < self.sym_lc.len()
                && self.sym_next <= self.sym_end
        }
    }
}
