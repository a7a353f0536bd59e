//! Checksums for the wrappers, in portable table-driven software:
//!
//! * Adler-32 for the zlib wrapper trailer (RFC 1950),
//! * CRC-32 (the IEEE/gzip polynomial) for the gzip trailer (RFC 1952).

/// Reflected CRC-32 (IEEE 802.3, as used by gzip) polynomial.
const CRC32_POLY: u32 = 0xEDB8_8320;

/// Builds `N` slicing tables for a reflected CRC polynomial. Table `k` maps a
/// byte to the CRC contribution of that byte followed by `k` zero bytes.
const fn slicing_tables<const N: usize>(poly: u32) -> [[u32; 256]; N] {
    let mut tables = [[0u32; 256]; N];
    let mut b = 0;
    while b < 256 {
        let mut c = b as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ poly } else { c >> 1 };
            k += 1;
        }
        tables[0][b] = c;
        b += 1;
    }
    let mut t = 1;
    while t < N {
        let mut b = 0;
        while b < 256 {
            let prev = tables[t - 1][b];
            tables[t][b] = (prev >> 8) ^ tables[0][(prev & 0xff) as usize];
            b += 1;
        }
        t += 1;
    }
    tables
}

static CRC32_TABLES: [[u32; 256]; 8] = slicing_tables::<8>(CRC32_POLY);

/// Running gzip CRC-32. `crc` is the value returned so far (0 to start).
pub(crate) fn crc32(crc: u32, data: &[u8]) -> u32 {
    let t = &CRC32_TABLES;
    let mut c = !crc;
    let mut chunks = data.chunks_exact(8);
    for ch in &mut chunks {
        let lo = c ^ u32::from_le_bytes([ch[0], ch[1], ch[2], ch[3]]);
        let hi = u32::from_le_bytes([ch[4], ch[5], ch[6], ch[7]]);
        c = t[7][(lo & 0xff) as usize]
            ^ t[6][((lo >> 8) & 0xff) as usize]
            ^ t[5][((lo >> 16) & 0xff) as usize]
            ^ t[4][(lo >> 24) as usize]
            ^ t[3][(hi & 0xff) as usize]
            ^ t[2][((hi >> 8) & 0xff) as usize]
            ^ t[1][((hi >> 16) & 0xff) as usize]
            ^ t[0][(hi >> 24) as usize];
    }
    for &b in chunks.remainder() {
        c = (c >> 8) ^ t[0][((c ^ u32::from(b)) & 0xff) as usize];
    }
    !c
}

/// Largest prime below 65536.
const ADLER_MOD: u32 = 65521;
/// Largest run of bytes whose sums cannot overflow 32 bits before reducing.
const ADLER_RUN: usize = 5552;

/// Running Adler-32. `adler` is the value returned so far (1 to start).
pub(crate) fn adler32(adler: u32, data: &[u8]) -> u32 {
    let mut a = adler & 0xffff;
    let mut b = adler >> 16;
    for run in data.chunks(ADLER_RUN) {
        for &byte in run {
            a += u32::from(byte);
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    (b << 16) | a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(crc32(0, b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(crc32(0, b"1234"), b"56789"), 0xCBF4_3926);
        assert_eq!(adler32(1, b"Wikipedia"), 0x11E6_0398);
    }
}
