//! API-level checks of zlib's error and state rules (parameter validation,
//! dictionary restrictions, finished streams, `Z_BUF_ERROR` cases).

use loopscope_deflate::{Deflater, Error, Flush, Status, Wrap};

#[test]
fn init_validation() {
    assert!(Deflater::new(-1, 15, 8, 0, Wrap::Zlib).is_ok());
    assert_eq!(
        Deflater::new(10, 15, 8, 0, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(-2, 15, 8, 0, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(6, 16, 8, 0, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(6, 7, 8, 0, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(6, 15, 0, 0, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(6, 15, 10, 0, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(6, 15, 8, 5, Wrap::Zlib).err(),
        Some(Error::Stream)
    );
    // windowBits 8 is only valid with the zlib wrapper, where it becomes 9.
    assert_eq!(
        Deflater::new(6, 8, 8, 0, Wrap::Raw).err(),
        Some(Error::Stream)
    );
    assert_eq!(
        Deflater::new(6, 8, 8, 0, Wrap::Gzip).err(),
        Some(Error::Stream)
    );
    let mut d = Deflater::new(6, 8, 8, 0, Wrap::Zlib).expect("init");
    let mut out = [0u8; 32];
    let (_, n, st) = d.deflate(b"", &mut out, Flush::Finish).expect("deflate");
    assert_eq!(st, Status::StreamEnd);
    assert_eq!(out[0], 0x18); // CINFO 1: 512-byte window
    assert!(n > 2);
}

#[test]
fn dictionary_rules() {
    let mut g = Deflater::new(6, 15, 8, 0, Wrap::Gzip).expect("init");
    assert_eq!(g.set_dictionary(b"abc"), Err(Error::Stream));

    let mut z = Deflater::new(6, 15, 8, 0, Wrap::Zlib).expect("init");
    z.set_dictionary(b"hello world").expect("dict before data");
    let mut out = [0u8; 64];
    let (_, n, st) = z.deflate(b"hello", &mut out, Flush::None).expect("deflate");
    assert_eq!(st, Status::Ok);
    assert_eq!(n, 6); // header with FDICT and the dictionary's Adler-32
    assert_eq!(out[1] & 0x20, 0x20);
    assert_eq!(z.set_dictionary(b"x"), Err(Error::Stream));

    // Raw streams accept a dictionary whenever no input is buffered.
    let mut r = Deflater::new(6, 15, 8, 0, Wrap::Raw).expect("init");
    let (_, _, _) = r.deflate(b"abc", &mut out, Flush::Sync).expect("deflate");
    r.set_dictionary(b"more history")
        .expect("dict after a flush");
    let (_, _, _) = r.deflate(b"abc", &mut out, Flush::None).expect("deflate");
    assert_eq!(r.set_dictionary(b"x"), Err(Error::Stream));
}

#[test]
fn finished_stream_rules() {
    let mut d = Deflater::new(1, 15, 8, 0, Wrap::Raw).expect("init");
    let mut out = [0u8; 64];
    let (_, _, st) = d
        .deflate(b"data", &mut out, Flush::Finish)
        .expect("deflate");
    assert_eq!(st, Status::StreamEnd);
    assert_eq!(d.deflate(b"", &mut out, Flush::Sync), Err(Error::Stream));
    assert_eq!(
        d.deflate(b"", &mut out, Flush::Finish),
        Ok((0, 0, Status::StreamEnd))
    );
    assert_eq!(
        d.deflate(b"x", &mut out, Flush::Finish),
        Ok((0, 0, Status::BufError))
    );
    assert_eq!(d.params(9, 0, &mut out), Err(Error::Stream));
    d.reset();
    assert_eq!(d.total_in(), 0);
    let (_, _, st) = d
        .deflate(b"data", &mut out, Flush::Finish)
        .expect("deflate");
    assert_eq!(st, Status::StreamEnd);
}

#[test]
fn buf_error_cases() {
    let mut d = Deflater::new(6, 15, 8, 0, Wrap::Zlib).expect("init");
    let mut out = [0u8; 64];
    // No output space.
    assert_eq!(
        d.deflate(b"abc", &mut [], Flush::None),
        Ok((0, 0, Status::BufError))
    );
    // A repeated flush with no new input is a BUF_ERROR.
    let (_, _, st) = d.deflate(b"abc", &mut out, Flush::Sync).expect("deflate");
    assert_eq!(st, Status::Ok);
    assert_eq!(
        d.deflate(b"", &mut out, Flush::Sync),
        Ok((0, 0, Status::BufError))
    );
    assert_eq!(
        d.deflate(b"", &mut out, Flush::Block),
        Ok((0, 0, Status::BufError))
    );
}

#[test]
fn params_rules() {
    let mut d = Deflater::new(6, 15, 8, 0, Wrap::Raw).expect("init");
    let mut out = vec![0u8; 1 << 16];
    assert_eq!(d.params(10, 0, &mut out), Err(Error::Stream));
    assert_eq!(d.params(6, 5, &mut out), Err(Error::Stream));
    // Nothing done yet: no flush is needed.
    assert_eq!(d.params(1, 0, &mut out), Ok((0, Status::Ok)));
    let mut x = 12345u32;
    let text: Vec<u8> = (0..100_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            b'a' + ((x >> 16) % 16) as u8
        })
        .collect();
    // Fill the symbol buffer so that a block is emitted into 10 bytes of
    // output: pending output remains and input stays buffered.
    let (used, n, st) = d
        .deflate(&text, &mut out[..10], Flush::None)
        .expect("deflate");
    assert_eq!((n, st), (10, Status::Ok));
    assert!(used < text.len());
    // Switching deflate_fast -> deflate_slow needs a Z_BLOCK flush first;
    // one byte of output is not enough, so the parameters stay unchanged.
    assert_eq!(d.params(9, 0, &mut out[..1]), Ok((1, Status::BufError)));
    let (n, st) = d.params(9, 0, &mut out).expect("params");
    assert_eq!(st, Status::Ok);
    assert!(n > 0);
    // Same builder and strategy: no flush.
    assert_eq!(d.params(8, 0, &mut out), Ok((0, Status::Ok)));
    let mut rest = vec![0u8; 1 << 17];
    let (_, _, st) = d
        .deflate(&text[used..], &mut rest, Flush::Finish)
        .expect("deflate");
    assert_eq!(st, Status::StreamEnd);
}

#[test]
fn flush_codes_round_trip() {
    for c in 0..=5 {
        assert_eq!(Flush::from_code(c).map(Flush::code), Some(c));
    }
    assert_eq!(Flush::from_code(6), None);
    assert_eq!(Flush::from_code(-1), None);
}
