//! Replays the outputs recorded from real Node.js (`tests/record.js` ->
//! `tests/vectors.json`) and checks that this crate produces the same bytes.
//!
//! The replay drives [`Deflater`] exactly as Node's `lib/zlib.js` drives
//! zlib: `deflateSync` calls `deflate(Z_FINISH)` into `chunkSize`-byte
//! buffers until a call leaves output space; streams keep one output buffer
//! across writes (`_outOffset`), `flush()` defaults to `Z_FULL_FLUSH`,
//! `params()` first does a `Z_SYNC_FLUSH` and is a no-op for gzip streams,
//! empty dictionaries (or any dictionary on gzip) are not applied, and
//! `reset()` is `deflateReset` followed by the dictionary again.

mod support;

use loopscope_deflate::{Deflater, Flush, Status, Wrap};
use std::collections::BTreeMap;
use support::{base64_decode, parse_json, sha256_hex, Json};

type Inputs = BTreeMap<String, Vec<u8>>;

fn dir() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn load() -> (Json, Inputs) {
    let text = std::fs::read_to_string(dir().join("vectors.json")).expect("read vectors.json");
    let doc = parse_json(&text).expect("parse vectors.json");
    let mut inputs = Inputs::new();
    let index = doc.get("inputs").and_then(Json::obj).expect("inputs");
    for (name, spec) in index {
        if let Some(file) = spec.get("file").and_then(Json::str) {
            let bytes = std::fs::read(dir().join(file)).expect("read input file");
            inputs.insert(name.clone(), bytes);
        }
    }
    for (name, spec) in index {
        if let Some(base) = spec.get("repeat").and_then(Json::str) {
            let len = spec.get("len").and_then(Json::int).expect("len") as usize;
            let b = inputs[base].clone();
            let mut v = Vec::with_capacity(len + b.len());
            while v.len() < len {
                v.extend_from_slice(&b);
            }
            v.truncate(len);
            inputs.insert(name.clone(), v);
        }
    }
    for (name, spec) in index {
        let len = spec.get("len").and_then(Json::int).expect("len") as usize;
        assert_eq!(inputs[name].len(), len, "input {name}");
    }
    (doc, inputs)
}

fn wrap_of(v: &Json) -> Wrap {
    match v.get("wrap").and_then(Json::str) {
        Some("raw") => Wrap::Raw,
        Some("gzip") => Wrap::Gzip,
        _ => Wrap::Zlib,
    }
}

/// Compares produced bytes with a recorded expectation (full bytes, or
/// length + SHA-256 + head for long outputs). Returns a description of the
/// first difference.
fn check(expected: &Json, got: &[u8]) -> Result<(), String> {
    if let Some(b64) = expected.get("out").and_then(Json::str) {
        let want = base64_decode(b64)?;
        if want == got {
            return Ok(());
        }
        let first = want.iter().zip(got).position(|(a, b)| a != b);
        return Err(format!(
            "length want {} got {}, first difference at {:?}",
            want.len(),
            got.len(),
            first
        ));
    }
    let len = expected
        .get("outLen")
        .and_then(Json::int)
        .ok_or("no outLen")? as usize;
    let sha = expected
        .get("outSha256")
        .and_then(Json::str)
        .ok_or("no sha")?;
    let head = base64_decode(
        expected
            .get("outHead")
            .and_then(Json::str)
            .ok_or("no head")?,
    )?;
    if got.len() == len && sha256_hex(got) == sha {
        return Ok(());
    }
    let first = head.iter().zip(got).position(|(a, b)| a != b);
    Err(format!(
        "length want {} got {}, sha differs, first difference in head at {:?}",
        len,
        got.len(),
        first
    ))
}

/// Node's `windowBits` handling: `createDeflateRaw` turns 8 into 9.
fn node_window_bits(wrap: Wrap, wb: i64) -> u8 {
    if wrap == Wrap::Raw && wb == 8 {
        9
    } else {
        wb as u8
    }
}

fn make(wrap: Wrap, level: i64, wb: i64, mem: i64, strategy: i64, dict: Option<&[u8]>) -> Deflater {
    let mut d = Deflater::new(
        level as i32,
        node_window_bits(wrap, wb),
        mem as u8,
        strategy as u8,
        wrap,
    )
    .expect("deflateInit2");
    if let Some(dict) = dict {
        if !dict.is_empty() && wrap != Wrap::Gzip {
            d.set_dictionary(dict).expect("set_dictionary");
        }
    }
    d
}

/// `zlib.deflateSync` and friends (`processChunkSync` with `Z_FINISH`).
fn node_sync(d: &mut Deflater, input: &[u8], chunk: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; chunk];
    let mut in_off = 0;
    loop {
        let (used, produced, status) = d
            .deflate(&input[in_off..], &mut buf, Flush::Finish)
            .expect("deflate");
        assert_ne!(status, Status::BufError);
        out.extend_from_slice(&buf[..produced]);
        in_off += used;
        if produced < chunk {
            break;
        }
    }
    out
}

/// A Node zlib stream (`processChunk` bookkeeping of the shared buffer).
struct NodeStream {
    d: Deflater,
    dict: Option<Vec<u8>>,
    wrap: Wrap,
    chunk: usize,
    out_offset: usize,
    level: i64,
    strategy: i64,
    default_flush: Flush,
}

impl NodeStream {
    fn process(&mut self, data: &[u8], flush: Flush) -> Vec<u8> {
        let mut out = Vec::new();
        let mut buf = vec![0u8; self.chunk];
        let mut avail = self.chunk - self.out_offset;
        let mut in_off = 0;
        loop {
            let (used, produced, _status) = self
                .d
                .deflate(&data[in_off..], &mut buf[..avail], flush)
                .expect("deflate");
            out.extend_from_slice(&buf[..produced]);
            self.out_offset += produced;
            let after = avail - produced;
            if after == 0 || self.out_offset >= self.chunk {
                avail = self.chunk;
                self.out_offset = 0;
            }
            if after != 0 {
                break;
            }
            in_off += used;
        }
        out
    }

    /// `stream.reset()`: deflateReset, then the dictionary again.
    fn reset(&mut self) {
        self.d.reset();
        if let Some(dict) = &self.dict {
            if !dict.is_empty() && self.wrap != Wrap::Gzip {
                self.d.set_dictionary(dict).expect("set_dictionary");
            }
        }
    }

    fn params(&mut self, level: i64, strategy: i64) -> Vec<u8> {
        if level == self.level && strategy == self.strategy {
            return Vec::new();
        }
        let out = self.process(&[], Flush::Sync);
        if self.wrap != Wrap::Gzip {
            let mut buf = vec![0u8; self.chunk - self.out_offset];
            let (produced, _status) = self
                .d
                .params(level as i32, strategy as u8, &mut buf)
                .expect("params");
            assert_eq!(
                produced, 0,
                "deflateParams wrote output that node would drop"
            );
        }
        self.level = level;
        self.strategy = strategy;
        out
    }
}

fn slice<'a>(inputs: &'a Inputs, step: &Json) -> &'a [u8] {
    let name = step.get("input").and_then(Json::str).expect("input");
    let s = step.get("start").and_then(Json::int).expect("start") as usize;
    let e = step.get("end").and_then(Json::int).expect("end") as usize;
    &inputs[name][s..e]
}

fn opt_int(o: &Json, k: &str, default: i64) -> i64 {
    o.get(k).and_then(Json::int).unwrap_or(default)
}

fn run_stream(v: &Json, inputs: &Inputs) -> Result<(), String> {
    let wrap = wrap_of(v);
    let o = v.get("opts").ok_or("opts")?;
    let level = opt_int(o, "level", -1);
    let strategy = opt_int(o, "strategy", 0);
    let dict = o
        .get("dict")
        .and_then(Json::str)
        .map(|n| inputs[n].as_slice());
    let d = make(
        wrap,
        level,
        opt_int(o, "windowBits", 15),
        opt_int(o, "memLevel", 8),
        strategy,
        dict,
    );
    let default_flush = Flush::from_code(opt_int(o, "flush", 0) as i32).ok_or("flush")?;
    let mut s = NodeStream {
        d,
        dict: dict.map(<[u8]>::to_vec),
        wrap,
        chunk: opt_int(o, "chunkSize", 16384) as usize,
        out_offset: 0,
        level,
        strategy,
        default_flush,
    };
    let steps = v.get("steps").and_then(Json::arr).ok_or("steps")?;
    let outs = v.get("outs").and_then(Json::arr).ok_or("outs")?;
    for (i, (step, want)) in steps.iter().zip(outs).enumerate() {
        let op = step.get("op").and_then(Json::str).ok_or("op")?;
        let got = match op {
            "write" => {
                let f = s.default_flush;
                s.process(slice(inputs, step), f)
            }
            "flush" => {
                let kind = step.get("kind").ok_or("kind")?;
                let f = if kind.is_null() {
                    Flush::Full
                } else {
                    Flush::from_code(kind.int().ok_or("kind")? as i32).ok_or("kind")?
                };
                s.process(&[], f)
            }
            "params" => s.params(
                step.get("level").and_then(Json::int).ok_or("level")?,
                step.get("strategy").and_then(Json::int).ok_or("strategy")?,
            ),
            "end" => s.process(&[], Flush::Finish),
            "reset" => {
                s.reset();
                Vec::new()
            }
            "endWith" => {
                let mut o = s.process(slice(inputs, step), Flush::Finish);
                o.extend(s.process(&[], Flush::Finish));
                o
            }
            _ => return Err(format!("unknown op {op}")),
        };
        check(want, &got).map_err(|e| format!("step {i} ({op}): {e}"))?;
    }
    Ok(())
}

fn run_sync(v: &Json, inputs: &Inputs) -> Result<(), String> {
    let wrap = wrap_of(v);
    let input = &inputs[v.get("input").and_then(Json::str).ok_or("input")?];
    let dict = v
        .get("dict")
        .and_then(Json::str)
        .map(|n| inputs[n].as_slice());
    let int = |k: &str| v.get(k).and_then(Json::int).ok_or(format!("missing {k}"));
    let mut d = make(
        wrap,
        int("level")?,
        int("windowBits")?,
        int("memLevel")?,
        int("strategy")?,
        dict,
    );
    let got = node_sync(&mut d, input, int("chunkSize")? as usize);
    check(v, &got)
}

#[test]
fn node_vectors() {
    let (doc, inputs) = load();
    let mut failures = Vec::new();
    let mut counts = [0usize; 4]; // sync ok, sync total, stream ok, stream total
    for v in doc.get("sync").and_then(Json::arr).expect("sync") {
        counts[1] += 1;
        match run_sync(v, &inputs) {
            Ok(()) => counts[0] += 1,
            Err(e) => failures.push(format!(
                "{}: {e}",
                v.get("id").and_then(Json::str).unwrap_or("?")
            )),
        }
    }
    for v in doc.get("streams").and_then(Json::arr).expect("streams") {
        counts[3] += 1;
        match run_stream(v, &inputs) {
            Ok(()) => counts[2] += 1,
            Err(e) => failures.push(format!(
                "{}: {e}",
                v.get("id").and_then(Json::str).unwrap_or("?")
            )),
        }
    }
    println!(
        "node {} zlib {}: sync {}/{} match, streams {}/{} match",
        doc.get("node").and_then(Json::str).unwrap_or("?"),
        doc.get("zlib").and_then(Json::str).unwrap_or("?"),
        counts[0],
        counts[1],
        counts[2],
        counts[3]
    );
    for f in failures.iter().take(400) {
        println!("MISMATCH {f}");
    }
    assert!(failures.is_empty(), "{} vectors differ", failures.len());
}
