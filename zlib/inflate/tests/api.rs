//! Direct checks of the `Inflater` call-level semantics (zlib's rules for
//! dictionaries, `Z_BLOCK`, `Z_BUF_ERROR`, totals and reset) on small
//! streams assembled here from stored blocks.
use loopscope_inflate::{Code, Flush, Inflater, Status, Wrap};
use loopscope_zlib_checksum::{adler32, crc32};

fn stored_block(data: &[u8], last: bool) -> Vec<u8> {
    let n = data.len() as u16;
    let mut v = vec![u8::from(last)];
    v.extend_from_slice(&n.to_le_bytes());
    v.extend_from_slice(&(!n).to_le_bytes());
    v.extend_from_slice(data);
    v
}

fn zlib_stream(blocks: &[&[u8]], dict: Option<&[u8]>) -> Vec<u8> {
    let mut v = match dict {
        None => vec![0x78, 0x01],
        Some(_) => {
            let base = 0x7800u32 | 0x20; // FDICT set
            vec![0x78, (0x20 + (31 - base % 31) % 31) as u8]
        }
    };
    if let Some(d) = dict {
        v.extend_from_slice(&adler32(1, d).to_be_bytes());
    }
    let mut all = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        v.extend(stored_block(b, i + 1 == blocks.len()));
        all.extend_from_slice(b);
    }
    v.extend_from_slice(&adler32(1, &all).to_be_bytes());
    v
}

fn gzip_stream(data: &[u8]) -> Vec<u8> {
    let mut v = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3];
    v.extend(stored_block(data, true));
    v.extend_from_slice(&crc32(0, data).to_le_bytes());
    v.extend_from_slice(&(data.len() as u32).to_le_bytes());
    v
}

#[test]
fn need_dict_protocol() {
    let dict = b"a preset dictionary";
    let s = zlib_stream(&[b"payload"], Some(dict));
    let mut inf = Inflater::new(15, Wrap::Zlib).unwrap();
    // Setting a dictionary before zlib asks for one is a stream error.
    assert_eq!(inf.set_dictionary(dict).unwrap_err().code, Code::Stream);
    let mut out = [0u8; 64];
    let (c, p, r) = inf.inflate(&s, &mut out, Flush::None);
    assert_eq!((c, p, r), (6, 0, Ok(Status::NeedDict)));
    assert_eq!(inf.adler(), adler32(1, dict));
    // As in zlib, the call returning Z_NEED_DICT does not count its input.
    assert_eq!(inf.total_in(), 0);
    // A wrong dictionary: Z_DATA_ERROR without a message.
    let e = inf.set_dictionary(b"wrong").unwrap_err();
    assert_eq!(e.code, Code::Data);
    assert_eq!(inf.msg(), None);
    // Until the right one is set, zlib keeps asking.
    assert_eq!(
        inf.inflate(&s[6..], &mut out, Flush::None),
        (0, 0, Ok(Status::NeedDict))
    );
    inf.set_dictionary(dict).unwrap();
    let (c, p, r) = inf.inflate(&s[6..], &mut out, Flush::None);
    assert_eq!(
        (c, &out[..p], r),
        (s.len() - 6, &b"payload"[..], Ok(Status::StreamEnd))
    );
    assert_eq!(inf.total_in(), (s.len() - 6) as u64);
    assert_eq!(inf.total_out(), 7);
}

#[test]
fn block_flush_stops_at_block_boundaries() {
    let s = zlib_stream(&[b"first", b"second"], None);
    let mut inf = Inflater::new(0, Wrap::Zlib).unwrap();
    let mut out = [0u8; 64];
    let mut got = Vec::new();
    let mut pos = 0;
    let mut steps = Vec::new();
    loop {
        let (c, p, r) = inf.inflate(&s[pos..], &mut out, Flush::Block);
        pos += c;
        got.extend_from_slice(&out[..p]);
        steps.push(p);
        if r == Ok(Status::StreamEnd) {
            break;
        }
        assert_eq!(r, Ok(Status::Ok));
    }
    // header only, then one block per call, then the trailer
    assert_eq!(steps, vec![0, 5, 6, 0]);
    assert_eq!(got, b"firstsecond");
}

#[test]
fn buf_error_rules() {
    let s = zlib_stream(&[b"hello"], None);
    let mut inf = Inflater::new(15, Wrap::Zlib).unwrap();
    let mut out = [0u8; 3];
    // no input: no progress
    assert_eq!(
        inf.inflate(&[], &mut out, Flush::None),
        (0, 0, Ok(Status::BufError))
    );
    // no output space: the header can still be read (progress)
    assert_eq!(inf.inflate(&s, &mut [], Flush::None).2, Ok(Status::Ok));
    let mut inf = Inflater::new(15, Wrap::Zlib).unwrap();
    // Z_FINISH without reaching the end is Z_BUF_ERROR even with progress
    let (c, p, r) = inf.inflate(&s, &mut out, Flush::Finish);
    assert_eq!((p, r), (3, Ok(Status::BufError)));
    // ...and is not fatal
    let mut rest = [0u8; 16];
    let (_, p2, r2) = inf.inflate(&s[c..], &mut rest, Flush::Finish);
    assert_eq!((&rest[..p2], r2), (&b"lo"[..], Ok(Status::StreamEnd)));
}

#[test]
fn errors_and_messages() {
    let mut inf = Inflater::new(15, Wrap::Zlib).unwrap();
    let (c, p, r) = inf.inflate(&[0x78, 0x9d, 0, 0], &mut [0u8; 4], Flush::None);
    let e = r.unwrap_err();
    assert_eq!(
        (c, p, e.code, e.msg),
        (2, 0, Code::Data, "incorrect header check")
    );
    assert_eq!(inf.msg(), Some("incorrect header check"));
    assert_eq!(e.errno(), -3);
    // window size larger than requested
    let mut inf = Inflater::new(9, Wrap::Zlib).unwrap();
    let r = inf.inflate(&[0x78, 0x9c], &mut [0u8; 4], Flush::None).2;
    assert_eq!(r.unwrap_err().msg, "invalid window size");
    // gzip-only decoder on zlib data
    let mut inf = Inflater::new(15, Wrap::Gzip).unwrap();
    let r = inf
        .inflate(&zlib_stream(&[b"x"], None), &mut [0u8; 4], Flush::None)
        .2;
    assert_eq!(r.unwrap_err().msg, "incorrect header check");
}

#[test]
fn auto_detect_reset_and_totals() {
    let g = gzip_stream(b"gzip member");
    let z = zlib_stream(&[b"zlib member"], None);
    let mut inf = Inflater::new(0, Wrap::Auto).unwrap();
    for s in [&g, &z, &g] {
        let mut out = [0u8; 32];
        let (c, p, r) = inf.inflate(s, &mut out, Flush::Finish);
        assert_eq!((c, r), (s.len(), Ok(Status::StreamEnd)));
        assert_eq!(inf.total_in(), s.len() as u64);
        assert_eq!(inf.total_out(), p as u64);
        assert!(inf.is_done());
        inf.reset();
        assert_eq!(inf.total_in(), 0);
    }
    // crc / adler of the output are exposed like strm->adler
    let mut inf = Inflater::new(15, Wrap::Gzip).unwrap();
    let _ = inf.inflate(&g, &mut [0u8; 32], Flush::None);
    assert_eq!(inf.adler(), crc32(0, b"gzip member"));
}

#[test]
fn raw_dictionary_any_time() {
    let mut inf = Inflater::new(8, Wrap::Raw).unwrap();
    inf.set_dictionary(&[7u8; 1000]).unwrap();
    let s = stored_block(b"raw", true);
    let mut out = [0u8; 8];
    let (c, p, r) = inf.inflate(&s, &mut out, Flush::None);
    assert_eq!(
        (c, &out[..p], r),
        (s.len(), &b"raw"[..], Ok(Status::StreamEnd))
    );
}
