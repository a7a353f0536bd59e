//! The pending-output buffer and the LSB-first bit writer that feeds it.
//!
//! zlib keeps compressed bytes in `pending_buf` until the caller supplies
//! output space. Whole bytes only ever become "pending" at the points where
//! zlib itself moves them out of its bit buffer (`bi_flush`, `bi_windup`, or a
//! full 16-bit buffer); since every public entry point ends with such a flush,
//! holding up to 31 bits in a wider accumulator here changes nothing that a
//! caller can observe.

/// Buffered compressed output not yet handed to the caller.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    /// Bytes produced; `buf[out..]` is still pending.
    buf: Vec<u8>,
    /// Index of the first byte not yet copied out.
    out: usize,
    /// Bit accumulator, filled from the least significant bit.
    bit_buf: u64,
    /// Number of valid bits in `bit_buf` (always below 32 between calls).
    bit_count: u32,
}

impl Pending {
    /// An empty buffer with room for `capacity` bytes before reallocating.
    pub(crate) fn new(capacity: usize) -> Self {
        Pending {
            buf: Vec::with_capacity(capacity),
            out: 0,
            bit_buf: 0,
            bit_count: 0,
        }
    }

    /// Drops all pending bytes and bits (deflateReset).
    pub(crate) fn reset(&mut self) {
        self.buf.clear();
        self.out = 0;
        self.bit_buf = 0;
        self.bit_count = 0;
    }

    /// Number of whole bytes waiting to be copied out (`s->pending`).
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.buf.len() - self.out
    }

    /// Number of bits in the bit buffer (`s->bi_valid` after a flush).
    #[inline]
    pub(crate) fn bit_count(&self) -> u32 {
        self.bit_count
    }

    /// Appends a 16-bit value, most significant byte first (`putShortMSB`).
    pub(crate) fn put_u16_msb(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_be_bytes());
    }

    /// Appends a 16-bit value, least significant byte first (`put_short`).
    pub(crate) fn put_u16_lsb(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends raw bytes.
    pub(crate) fn put_slice(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
    }

    /// Overwrites the pending byte `back` positions from the end.
    pub(crate) fn patch_from_end(&mut self, back: usize, b: u8) {
        let n = self.buf.len();
        if back >= 1 && back <= n - self.out {
            self.buf[n - back] = b;
        }
    }

    /// Sends the low `len` bits of `value` (`len` at most 16).
    #[inline]
    pub(crate) fn send_bits(&mut self, value: u32, len: u32) {
        self.bit_buf |= u64::from(value) << self.bit_count;
        self.bit_count += len;
        if self.bit_count >= 32 {
            self.buf
                .extend_from_slice(&(self.bit_buf as u32).to_le_bytes());
            self.bit_buf >>= 32;
            self.bit_count -= 32;
        }
    }

    /// Moves every complete byte of the bit buffer into the pending bytes,
    /// leaving at most 7 bits (`bi_flush` / `_tr_flush_bits`).
    pub(crate) fn flush_bits(&mut self) {
        while self.bit_count >= 8 {
            self.buf.push(self.bit_buf as u8);
            self.bit_buf >>= 8;
            self.bit_count -= 8;
        }
    }

    /// Flushes the bit buffer and pads to a byte boundary (`bi_windup`).
    pub(crate) fn align_to_byte(&mut self) {
        self.flush_bits();
        if self.bit_count > 0 {
            self.buf.push(self.bit_buf as u8);
        }
        self.bit_buf = 0;
        self.bit_count = 0;
    }

    /// Copies as much pending output as fits into `dst`; returns the count.
    /// Like zlib's `flush_pending`, it first flushes complete bit-buffer bytes.
    pub(crate) fn drain_into(&mut self, dst: &mut [u8]) -> usize {
        self.flush_bits();
        let n = self.len().min(dst.len());
        if n == 0 {
            return 0;
        }
        dst[..n].copy_from_slice(&self.buf[self.out..self.out + n]);
        self.out += n;
        if self.out == self.buf.len() {
            self.buf.clear();
            self.out = 0;
        }
        n
    }
}

loopscope_zlib_snap::snap_struct!(Pending {
    buf,
    out,
    bit_buf,
    bit_count
});
