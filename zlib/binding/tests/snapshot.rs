//! A zlib stream that is saved and restored between every call (as a stream's calls are when
//! they run on thread-pool Web Workers) produces exactly the bytes, errors and leftovers of
//! one that never moved, in every mode, with dictionaries, params and reset.

use loopscope_zlib_binding::{Written, ZlibContext, ZlibError};

/// Deterministic test data: text-like runs with some noise, so matches and literals mix.
fn data(len: usize, seed: u32) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2_654_435_761).max(1);
    let words: [&[u8]; 6] = [
        b"event ",
        b"loop ",
        b"nextTick ",
        b"timers ",
        b"poll ",
        b"\n",
    ];
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        if x.is_multiple_of(7) {
            out.push((x >> 8) as u8);
        } else {
            out.extend_from_slice(words[(x % 6) as usize]);
        }
    }
    out.truncate(len);
    out
}

type Call = Result<Written, ZlibError>;

/// node's stream loop: each chunk written with `flush` until its input is used and the
/// output space is not filled, `chunk` bytes of output space per call. With `moved`, the
/// context goes through a snapshot before every call.
fn run(ctx: ZlibContext, input: &[u8], pieces: usize, chunk: usize, moved: bool) -> Vec<Call> {
    let mut ctx = Some(ctx);
    let mut calls = Vec::new();
    let step = input.len().div_ceil(pieces).max(1);
    let mut parts: Vec<(&[u8], i32)> = input.chunks(step).map(|c| (c, 0)).collect();
    parts.push((&[], 4));
    for (part, flush) in parts {
        let mut rest = part;
        loop {
            if moved {
                let snap = ctx.take().map(|c| c.snapshot()).unwrap_or_default();
                ctx = Some(ZlibContext::restore(&snap).expect("restores"));
            }
            let c = ctx.as_mut().expect("context");
            let r = c.write(flush, rest, chunk);
            let again = match &r {
                Ok(w) => {
                    rest = &rest[rest.len() - w.avail_in..];
                    w.avail_out == 0
                }
                Err(_) => false,
            };
            let failed = r.is_err();
            calls.push(r);
            if failed || !again {
                break;
            }
        }
        if calls.last().is_some_and(Result::is_err) {
            break;
        }
    }
    calls
}

fn compressed(mode: u32, input: &[u8], dict: &[u8]) -> Vec<u8> {
    let ctx = ZlibContext::new(mode, 15, 6, 8, 0, dict.to_vec());
    run(ctx, input, 1, 1 << 20, false)
        .into_iter()
        .flat_map(|c| c.expect("compresses").out)
        .collect()
}

#[test]
fn moved_streams_match_streams_that_stay() {
    let input = data(300_000, 7);
    // mode, windowBits, level, memLevel, strategy, dictionary
    let dict = b"event loop nextTick".to_vec();
    let compressors: [(u32, i32, i32, i32, i32, Vec<u8>); 6] = [
        (1, 15, 6, 8, 0, vec![]),
        (3, 15, 9, 9, 0, vec![]),
        (5, 9, 1, 1, 0, vec![]),
        (1, 12, 4, 8, 1, dict.clone()),
        (3, 15, 6, 8, 3, vec![]),
        (1, 15, 0, 8, 0, vec![]),
    ];
    for (mode, wb, level, mem, strategy, d) in compressors {
        for (pieces, chunk) in [(1, 16 * 1024), (37, 1000), (5, 64)] {
            // Tiny output chunks make thousands of calls: a shorter input says as much.
            let input = if chunk < 100 {
                &input[..20_000]
            } else {
                &input[..]
            };
            let make = || ZlibContext::new(mode, wb, level, mem, strategy, d.clone());
            let stay = run(make(), input, pieces, chunk, false);
            let moved = run(make(), input, pieces, chunk, true);
            assert_eq!(
                stay, moved,
                "mode {mode} level {level} pieces {pieces} chunk {chunk}"
            );
            assert!(stay.len() > 1);
        }
    }
    let zlib = compressed(1, &input, &[]);
    let gzip = compressed(3, &input, &[]);
    let raw = compressed(5, &input, &[]);
    let with_dict = compressed(1, &input, &dict);
    let mut two_members = gzip.clone();
    two_members.extend_from_slice(&compressed(3, b"second member", &[]));
    let mut corrupt = zlib.clone();
    corrupt[5000] ^= 0x55;
    let decompressors: [(u32, &[u8], Vec<u8>); 8] = [
        (2, &zlib, vec![]),
        (4, &two_members, vec![]),
        (6, &raw, vec![]),
        (7, &gzip, vec![]),
        (7, &zlib, vec![]),
        (2, &with_dict, dict.clone()),
        (2, &with_dict, vec![]),
        (2, &corrupt, vec![]),
    ];
    for (i, (mode, input, d)) in decompressors.iter().enumerate() {
        for (pieces, chunk) in [(1, 16 * 1024), (101, 777), (3, 50)] {
            let make = || ZlibContext::new(*mode, 15, -1, 8, 0, d.clone());
            let stay = run(make(), input, pieces, chunk, false);
            let moved = run(make(), input, pieces, chunk, true);
            assert_eq!(stay, moved, "case {i} pieces {pieces} chunk {chunk}");
        }
    }
    // The failing cases did fail, with zlib's texts kept across the move.
    let missing = run(
        ZlibContext::new(2, 15, -1, 8, 0, vec![]),
        &with_dict,
        1,
        1 << 20,
        true,
    );
    assert_eq!(
        missing
            .last()
            .and_then(|c| c.as_ref().err())
            .map(|e| e.message.as_str()),
        Some("Missing dictionary")
    );
    let bad = run(
        ZlibContext::new(2, 15, -1, 8, 0, vec![]),
        &corrupt,
        9,
        4096,
        true,
    );
    assert!(bad.last().is_some_and(Result::is_err));
}

#[test]
fn params_and_reset_act_on_a_restored_stream() {
    let input = data(50_000, 3);
    let go = |moved: bool| {
        let mut c = ZlibContext::new(1, 15, 1, 8, 0, vec![]);
        let mut out = Vec::new();
        for (i, part) in input.chunks(10_000).enumerate() {
            if moved {
                c = ZlibContext::restore(&c.snapshot()).expect("restores");
            }
            let w = c.write(2, part, 1 << 20).expect("writes");
            out.push(w.out);
            match i {
                1 => c.params(9, 1).expect("params"),
                3 => c.reset().expect("reset"),
                _ => {}
            }
        }
        out
    };
    assert_eq!(go(false), go(true));
}

#[test]
fn malformed_snapshots_are_errors() {
    let mut c = ZlibContext::new(3, 15, 6, 8, 0, vec![]);
    c.write(0, &data(5000, 1), 100).expect("writes");
    let snap = c.snapshot();
    assert!(ZlibContext::restore(&snap).is_ok());
    for cut in [0, 1, 10, snap.len() / 2, snap.len() - 1] {
        assert!(ZlibContext::restore(&snap[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = snap.clone();
    longer.push(0);
    assert!(ZlibContext::restore(&longer).is_err());
}
