//! Adler-32 (the zlib trailer, RFC 1950) and CRC-32 (the gzip header and trailer, RFC 1952,
//! and `zlib.crc32`), table-driven and portable; used by zlib/deflate, zlib/inflate and
//! zlib/binding.
#![forbid(unsafe_code)]

const ADLER_MOD: u32 = 65_521;
/// Largest block for which the Adler-32 sums cannot overflow 32 bits.
const ADLER_BLOCK: usize = 5_552;

/// Continue an Adler-32 checksum; start with `1` for a new one.
pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    let mut lo = adler & 0xffff;
    let mut hi = adler >> 16;
    for block in data.chunks(ADLER_BLOCK) {
        let mut quads = block.chunks_exact(4);
        for q in &mut quads {
            lo += u32::from(q[0]);
            hi += lo;
            lo += u32::from(q[1]);
            hi += lo;
            lo += u32::from(q[2]);
            hi += lo;
            lo += u32::from(q[3]);
            hi += lo;
        }
        for &byte in quads.remainder() {
            lo += u32::from(byte);
            hi += lo;
        }
        lo %= ADLER_MOD;
        hi %= ADLER_MOD;
    }
    (hi << 16) | lo
}

const fn crc_tables() -> [[u32; 256]; 8] {
    let mut t = [[0u32; 256]; 8];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[0][n] = c;
        n += 1;
    }
    let mut lane = 1;
    while lane < 8 {
        let mut n = 0;
        while n < 256 {
            let prev = t[lane - 1][n];
            t[lane][n] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
            n += 1;
        }
        lane += 1;
    }
    t
}

static CRC: [[u32; 256]; 8] = crc_tables();

/// Continue a CRC-32 (the gzip polynomial); start with `0` for a new one.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    let mut blocks = data.chunks_exact(8);
    for b in &mut blocks {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) ^ c;
        let hi = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
        c = CRC[7][(lo & 0xff) as usize]
            ^ CRC[6][((lo >> 8) & 0xff) as usize]
            ^ CRC[5][((lo >> 16) & 0xff) as usize]
            ^ CRC[4][(lo >> 24) as usize]
            ^ CRC[3][(hi & 0xff) as usize]
            ^ CRC[2][((hi >> 8) & 0xff) as usize]
            ^ CRC[1][((hi >> 16) & 0xff) as usize]
            ^ CRC[0][(hi >> 24) as usize];
    }
    for &byte in blocks.remainder() {
        c = CRC[0][((c ^ u32::from(byte)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(adler32(1, b""), 1);
        assert_eq!(adler32(1, b"Wikipedia"), 0x11e6_0398);
        assert_eq!(crc32(0, b""), 0);
        assert_eq!(crc32(0, b"123456789"), 0xcbf4_3926);
        let long: Vec<u8> = (0..100_000u32).map(|i| (i * 7 + i / 13) as u8).collect();
        let (a, b) = long.split_at(33_333);
        assert_eq!(crc32(crc32(0, a), b), crc32(0, &long));
        assert_eq!(adler32(adler32(1, a), b), adler32(1, &long));
        let mut slow = 1u32;
        for &x in &long {
            let lo = ((slow & 0xffff) + u32::from(x)) % 65_521;
            let hi = ((slow >> 16) + lo) % 65_521;
            slow = (hi << 16) | lo;
        }
        assert_eq!(slow, adler32(1, &long));
    }
}
