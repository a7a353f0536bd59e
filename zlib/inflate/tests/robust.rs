//! Robustness: arbitrary bytes, cut and fed in arbitrary pieces with
//! arbitrary output space and flush modes, must always end in a result or a
//! typed error — never a panic or an endless loop — and decoding in tiny
//! steps must agree with decoding in one step.
mod common;

use loopscope_inflate::{Code, Flush, Inflater, Status, Wrap, ZError};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// Multiplier for the number of random rounds (`ZINFLATE_FUZZ_SCALE`, default 1).
fn scale() -> usize {
    std::env::var("ZINFLATE_FUZZ_SCALE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

const WRAPS: [Wrap; 4] = [Wrap::Raw, Wrap::Zlib, Wrap::Gzip, Wrap::Auto];
const FLUSHES: [Flush; 7] = [
    Flush::None,
    Flush::Partial,
    Flush::Sync,
    Flush::Full,
    Flush::Finish,
    Flush::Block,
    Flush::Trees,
];

#[derive(Debug, PartialEq)]
enum End {
    Done,
    Error(ZError),
    NeedDict(u32),
    Starved,
}

/// Feed `data` with the given piece/output-size choices until the stream
/// ends, fails, or makes no progress with all input given.
fn drive(
    data: &[u8],
    wrap: Wrap,
    wbits: u8,
    rng: &mut Rng,
    max_in: usize,
    max_out: usize,
    wild: bool,
) -> (Vec<u8>, End) {
    let mut inf = Inflater::new(wbits, wrap).expect("valid parameters");
    let mut out = Vec::new();
    let mut pos = 0;
    let mut idle = 0;
    // Every call that is given input and output space must make progress,
    // and DEFLATE cannot expand by more than about 1032:1.
    let out_cap = 1100 * (data.len() + 64);
    loop {
        let n_in = if wild { rng.below(max_in + 1) } else { max_in };
        let n_out = if wild {
            rng.below(max_out + 1)
        } else {
            max_out
        };
        let flush = if wild {
            FLUSHES[rng.below(FLUSHES.len())]
        } else {
            Flush::None
        };
        let end = (pos + n_in).min(data.len());
        let mut buf = vec![0u8; n_out];
        let (c, p, r) = inf.inflate(&data[pos..end], &mut buf, flush);
        assert!(c <= end - pos && p <= n_out, "counts out of range");
        pos += c;
        out.extend_from_slice(&buf[..p]);
        if wild && rng.below(50) == 0 {
            // Dictionaries at odd times must give typed results only.
            let _ = inf.set_dictionary(&data[..data.len().min(rng.below(100))]);
        }
        match r {
            Ok(Status::StreamEnd) => {
                let again = inf.inflate(&[1, 2, 3], &mut [0u8; 8], Flush::None);
                assert_eq!(again, (0, 0, Ok(Status::StreamEnd)));
                return (out, End::Done);
            }
            Err(e) => {
                let again = inf.inflate(&data[pos..], &mut [0u8; 8], Flush::Finish);
                assert_eq!(again.2, Err(e), "errors are sticky");
                return (out, End::Error(e));
            }
            Ok(Status::NeedDict) => return (out, End::NeedDict(inf.adler())),
            Ok(_) => {
                if c != 0 || p != 0 {
                    idle = 0;
                } else {
                    idle += 1;
                    assert!(idle < 10_000, "no progress for {idle} calls");
                    if pos == data.len() && n_out > 0 && idle > 3 {
                        return (out, End::Starved);
                    }
                }
                assert!(out.len() <= out_cap, "output beyond any DEFLATE expansion");
            }
        }
    }
}

fn check_one(data: &[u8], rng: &mut Rng) {
    for &wrap in &WRAPS {
        // One step versus tiny steps, with a full 32K window so that the
        // outcome cannot depend on how output is split.
        let (a, ea) = drive(data, wrap, 15, rng, usize::MAX / 4, 1 << 22, false);
        let (b, eb) = drive(data, wrap, 15, rng, 1, 1, false);
        assert_eq!(
            ea, eb,
            "end differs between one-shot and byte-wise ({wrap:?})"
        );
        assert_eq!(
            a, b,
            "output differs between one-shot and byte-wise ({wrap:?})"
        );
        let (c, ec) = drive(data, wrap, 15, rng, 7, 300, false);
        assert_eq!((a.as_slice(), &ea), (c.as_slice(), &ec));
        // Random everything, any window size: only termination is required.
        let wb = [0u8, 8, 9, 12, 15][rng.below(5)];
        let wb = if wrap == Wrap::Raw && wb == 0 { 8 } else { wb };
        let (mi, mo) = (1 + rng.below(40), 1 + rng.below(600));
        drive(data, wrap, wb, rng, mi, mo, true);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x1234_5678 + scale() as u64);
    for i in 0..1500 * scale() {
        let n = if i % 3 != 0 {
            rng.below(64)
        } else {
            rng.below(3000)
        };
        let mut data = rng.bytes(n);
        // Steer some inputs past the headers into block decoding.
        match i % 6 {
            1 => data.splice(0..0, [0x78, 0x9c]).for_each(drop),
            2 => data
                .splice(0..0, [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
                .for_each(drop),
            3 if !data.is_empty() => data[0] = (data[0] & !6) | 4,
            _ => {}
        }
        check_one(&data, &mut rng);
    }
}

#[test]
fn damaged_real_streams_never_panic() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors.json");
    let text = std::fs::read_to_string(path).expect("tests/vectors.json");
    let v = common::parse(&text);
    let blobs: Vec<Vec<u8>> = v
        .get("blobs")
        .unwrap()
        .arr()
        .iter()
        .map(|b| common::base64(b.str()))
        .filter(|b| b.len() < 40_000)
        .collect();
    let mut rng = Rng(42 + scale() as u64);
    for round in 0..400 * scale() {
        let mut data = blobs[rng.below(blobs.len())].clone();
        if data.is_empty() {
            continue;
        }
        let edits = if round % 4 == 0 { 0 } else { 1 + rng.below(4) };
        for _ in 0..edits {
            let at = rng.below(data.len());
            match rng.below(4) {
                0 => data[at] ^= 1 << rng.below(8),
                1 => data[at] = rng.next() as u8,
                2 => data.truncate(at.max(1)),
                _ => data.insert(at, rng.next() as u8),
            }
        }
        check_one(&data, &mut rng);
    }
}

#[test]
fn bad_parameters_are_stream_errors() {
    for wb in [1u8, 7, 16, 255] {
        for &w in &WRAPS {
            let e = Inflater::new(wb, w).unwrap_err();
            assert_eq!(e.code, Code::Stream);
        }
    }
    assert_eq!(Inflater::new(0, Wrap::Raw).unwrap_err().code, Code::Stream);
    for wb in [
        -16,
        -7,
        -1,
        1,
        7,
        16 + 7,
        32 + 16,
        48,
        1000,
        i32::MIN,
        i32::MAX,
    ] {
        assert!(Inflater::with_window_bits(wb).is_err(), "{wb}");
    }
    for wb in [-15, -8, 0, 8, 15, 16, 24, 31, 32, 40, 47] {
        assert!(Inflater::with_window_bits(wb).is_ok(), "{wb}");
    }
}
