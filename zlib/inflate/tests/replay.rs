//! Replays every case Node.js recorded in `tests/vectors.json`
//! (made by `tests/record.js`) and requires identical results.
mod common;

use common::node::{
    inflate_sync, js_window_bits, NodeContext, NodeError, NodeMode, NodeStream, Options,
};
use common::{base64, hex, parse, sha256, Json};
use loopscope_inflate::Flush;
use std::collections::BTreeMap;

fn mode_of(s: &str) -> NodeMode {
    match s {
        "inflate" => NodeMode::Inflate,
        "gunzip" => NodeMode::Gunzip,
        "raw" => NodeMode::InflateRaw,
        "unzip" => NodeMode::Unzip,
        other => panic!("mode {other}"),
    }
}

fn apply_ops(blobs: &[Vec<u8>], id: usize, ops: &[Json]) -> Vec<u8> {
    let mut b = blobs[id].clone();
    for op in ops {
        let a = op.arr();
        match a[0].str() {
            "trunc" => b.truncate(a[1].usize()),
            "xor" => b[a[1].usize()] ^= a[2].usize() as u8,
            "set" => b[a[1].usize()] = a[2].usize() as u8,
            "cat" => b.extend_from_slice(&blobs[a[1].usize()]),
            other => panic!("op {other}"),
        }
    }
    b
}

fn options(blobs: &[Vec<u8>], mode: NodeMode, opts: &Json) -> Options {
    let mut o = Options::default();
    if opts.is_null() {
        o.window_bits = js_window_bits(mode, false, None).unwrap();
        return o;
    }
    let wb = opts.get("windowBits").map(|v| v.usize() as u8);
    o.window_bits = js_window_bits(mode, true, wb).expect("Node accepted these windowBits");
    if let Some(c) = opts.get("chunkSize") {
        o.chunk_size = c.usize();
    }
    if let Some(f) = opts.get("finishFlush") {
        o.finish_flush = Flush::from_i32(f.num() as i32).unwrap();
    }
    if let Some(d) = opts.get("dictionary") {
        o.dictionary = blobs[d.usize()].clone();
    }
    o
}

fn same_error(got: &NodeError, want: &Json) -> bool {
    let errno = want
        .get("errno")
        .map_or(0, |e| if e.is_null() { 0 } else { e.num() as i32 });
    got.message == want.get("message").unwrap().str()
        && got.code == want.get("code").unwrap().str()
        && got.errno == errno
}

fn same_output(got: &[u8], want: &Json) -> bool {
    if got.len() != want.get("len").unwrap().usize() {
        return false;
    }
    match (want.get("hex"), want.get("sha")) {
        (Some(h), _) => hex(got) == h.str(),
        (_, Some(s)) => sha256(got) == s.str(),
        _ => false,
    }
}

fn describe(r: &Result<Vec<u8>, NodeError>) -> String {
    match r {
        Ok(v) if v.len() <= 48 => format!("ok {} bytes {}", v.len(), hex(v)),
        Ok(v) => format!("ok {} bytes sha {}", v.len(), sha256(v)),
        Err(e) => format!("error {e}"),
    }
}

fn run_sync(c: &Json, blobs: &[Vec<u8>], input: &[u8]) -> Result<(), String> {
    let mode = mode_of(c.get("mode").unwrap().str());
    let opts = options(blobs, mode, c.get("opts").unwrap());
    let got = inflate_sync(mode, input, &opts);
    let expect = c.get("expect").unwrap();
    let ok = match (&got, expect.get("ok"), expect.get("err")) {
        (Ok(v), Some(w), _) => same_output(v, w),
        (Err(e), _, Some(w)) => same_error(e, w),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("got {}, node {:?}", describe(&got), expect))
    }
}

fn run_stream(c: &Json, blobs: &[Vec<u8>], input: &[u8]) -> Result<(), String> {
    let mode = mode_of(c.get("mode").unwrap().str());
    let opts = options(blobs, mode, c.get("opts").unwrap());
    let mut s = NodeStream::new(mode, &opts).map_err(|e| e.to_string())?;
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut error = None;
    let mut off = 0;
    for p in c.get("pieces").unwrap().arr() {
        let n = p.usize();
        let pushed = s.write(&input[off..off + n]);
        off += n;
        chunks.extend(pushed.chunks);
        if pushed.error.is_some() {
            error = pushed.error;
            break;
        }
    }
    if error.is_none() {
        let pushed = s.end();
        chunks.extend(pushed.chunks);
        error = pushed.error;
    }
    let expect = c.get("expect").unwrap();
    let want_lens: Vec<usize> = expect
        .get("chunks")
        .unwrap()
        .arr()
        .iter()
        .map(Json::usize)
        .collect();
    let got_lens: Vec<usize> = chunks.iter().map(Vec::len).collect();
    let all: Vec<u8> = chunks.concat();
    let mut problems = Vec::new();
    if got_lens != want_lens {
        problems.push(format!(
            "chunk sizes {:?}.. vs node {:?}..",
            &got_lens[..got_lens.len().min(12)],
            &want_lens[..want_lens.len().min(12)]
        ));
    }
    if !same_output(&all, expect.get("out").unwrap()) {
        problems.push(format!("output {} bytes differs", all.len()));
    }
    match (&error, expect.get("error").unwrap()) {
        (None, Json::Null) => {}
        (Some(e), w) if !w.is_null() && same_error(e, w) => {}
        (e, w) => problems.push(format!("error {e:?} vs node {w:?}")),
    }
    let bw = expect.get("bytesWritten").unwrap().num() as u64;
    if s.bytes_written() != bw {
        problems.push(format!("bytesWritten {} vs node {bw}", s.bytes_written()));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("; "))
    }
}

fn run_handle(c: &Json, blobs: &[Vec<u8>], input: &[u8]) -> Result<(), String> {
    let mode = mode_of(c.get("mode").unwrap().str());
    let opts = options(blobs, mode, c.get("opts").unwrap());
    let mut ctx =
        NodeContext::new(mode, opts.window_bits, &opts.dictionary).map_err(|e| e.to_string())?;
    let mut pos = 0usize;
    for (k, call) in c.get("calls").unwrap().arr().iter().enumerate() {
        let a = call.arr();
        let off = a[0].usize();
        let in_len = a[1].usize();
        let out_len = a[2].usize();
        let flush = Flush::from_i32(a[3].num() as i32).unwrap();
        if off != pos {
            return Err(format!("call {k}: input offset {pos} vs node {off}"));
        }
        let mut out = vec![0u8; out_len];
        let (consumed, produced, err) = ctx.write(flush, &input[off..off + in_len], &mut out);
        if a.len() == 5 {
            return match err {
                Some(e) if same_error(&e, &a[4]) => Ok(()),
                other => Err(format!(
                    "call {k}: got {other:?} ({consumed} in, {produced} out), node error {:?}",
                    a[4]
                )),
            };
        }
        if let Some(e) = err {
            return Err(format!(
                "call {k}: got error {e}, node consumed {} produced {}",
                a[4].num(),
                a[5].num()
            ));
        }
        let o = &out[..produced];
        let repr = if produced <= 48 { hex(o) } else { sha256(o) };
        if consumed != a[4].usize() || produced != a[5].usize() || repr != a[6].str() {
            return Err(format!(
                "call {k} (in {in_len}, out {out_len}, flush {flush:?}): got {consumed} in / {produced} out, node {} / {}",
                a[4].num(),
                a[5].num()
            ));
        }
        pos += consumed;
    }
    Ok(())
}

#[test]
fn replay_node_vectors() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors.json");
    let text =
        std::fs::read_to_string(path).expect("tests/vectors.json (run: node tests/record.js)");
    let v = parse(&text);
    eprintln!(
        "vectors from node {} (zlib {})",
        v.get("node").unwrap().str(),
        v.get("zlib").unwrap().str()
    );
    let blobs: Vec<Vec<u8>> = v
        .get("blobs")
        .unwrap()
        .arr()
        .iter()
        .map(|b| base64(b.str()))
        .collect();
    let mut per_group: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for (i, c) in v.get("cases").unwrap().arr().iter().enumerate() {
        let group = c.get("group").unwrap().str().to_string();
        let kind = c.get("kind").unwrap().str();
        let input = apply_ops(
            &blobs,
            c.get("blob").unwrap().usize(),
            c.get("ops").unwrap().arr(),
        );
        let r = if sha256(&input) != c.get("in_sha").unwrap().str() {
            Err("input reconstruction mismatch".to_string())
        } else {
            match kind {
                "sync" => run_sync(c, &blobs, &input),
                "stream" => run_stream(c, &blobs, &input),
                "handle" => run_handle(c, &blobs, &input),
                other => panic!("kind {other}"),
            }
        };
        let e = per_group.entry(format!("{kind}/{group}")).or_default();
        e.0 += 1;
        if let Err(msg) = r {
            e.1 += 1;
            failures.push(format!(
                "case {i} [{kind}/{group} {} blob {} ops {:?} opts {:?}]: {msg}",
                c.get("mode").unwrap().str(),
                c.get("blob").unwrap().usize(),
                c.get("ops").unwrap(),
                c.get("opts").unwrap()
            ));
        }
    }
    let total: usize = per_group.values().map(|x| x.0).sum();
    assert!(total > 1000, "only {total} vectors in tests/vectors.json");
    for (g, (n, bad)) in &per_group {
        eprintln!("{g:28} {:6} cases, {:6} match", n, n - bad);
    }
    eprintln!(
        "total {total} cases, {} match, {} differ",
        total - failures.len(),
        failures.len()
    );
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from node",
        failures.len()
    );
}
