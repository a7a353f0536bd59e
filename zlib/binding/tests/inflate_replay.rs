//! Replays zlib/inflate/tests/vectors.json (recorded from node) through the binding's
//! ZlibContext, driven as node's lib/zlib.js drives its native handle.
#[path = "../../inflate/tests/common/mod.rs"]
mod common;
#[path = "common/node_js.rs"]
mod node_js;

use common::{base64, hex, parse, sha256, Json};
use loopscope_inflate::Flush;
use loopscope_zlib_binding::{ZlibContext, ZlibError};
use node_js::{code_name, js_window_bits, NodeMode, Options};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
struct Err3 {
    message: String,
    code: String,
    errno: i32,
}
impl From<ZlibError> for Err3 {
    fn from(e: ZlibError) -> Self {
        Err3 {
            code: code_name(e.errno).to_string(),
            message: e.message,
            errno: e.errno,
        }
    }
}
const PUSH_AFTER_EOF: (&str, &str) = ("stream.push() after EOF", "ERR_STREAM_PUSH_AFTER_EOF");

fn mode_of(s: &str) -> NodeMode {
    match s {
        "inflate" => NodeMode::Inflate,
        "gunzip" => NodeMode::Gunzip,
        "raw" => NodeMode::InflateRaw,
        "unzip" => NodeMode::Unzip,
        other => panic!("mode {other}"),
    }
}
fn mode_num(m: NodeMode) -> u32 {
    match m {
        NodeMode::Inflate => 2,
        NodeMode::Gunzip => 4,
        NodeMode::InflateRaw => 6,
        NodeMode::Unzip => 7,
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

fn new_ctx(mode: NodeMode, o: &Options) -> ZlibContext {
    // node's JS: init(windowBits, level, memLevel, strategy, ..., dictionary)
    ZlibContext::new(
        mode_num(mode),
        i32::from(o.window_bits),
        -1,
        8,
        0,
        o.dictionary.clone(),
    )
}

fn same_error(got: &Err3, want: &Json) -> bool {
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

fn describe(r: &Result<Vec<u8>, Err3>) -> String {
    match r {
        Ok(v) if v.len() <= 48 => format!("ok {} bytes {}", v.len(), hex(v)),
        Ok(v) => format!("ok {} bytes sha {}", v.len(), sha256(v)),
        Err(e) => format!("error {e:?}"),
    }
}

/// zlib.inflateSync() & co. (processChunkSync) over ZlibContext.
fn ctx_sync(mode: NodeMode, input: &[u8], o: &Options) -> Result<Vec<u8>, Err3> {
    let mut ctx = new_ctx(mode, o);
    let chunk = o.chunk_size.max(1);
    let mut out = Vec::new();
    let mut in_off = 0;
    loop {
        let w = ctx.write(o.finish_flush.as_i32(), &input[in_off..], chunk)?;
        let p = chunk - w.avail_out;
        assert_eq!(p, w.out.len());
        out.extend_from_slice(&w.out);
        in_off = input.len() - w.avail_in;
        if p < chunk {
            return Ok(out);
        }
    }
}

fn run_sync(c: &Json, blobs: &[Vec<u8>], input: &[u8]) -> Result<(), String> {
    let mode = mode_of(c.get("mode").unwrap().str());
    let opts = options(blobs, mode, c.get("opts").unwrap());
    let got = ctx_sync(mode, input, &opts);
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

fn flushiness(f: Flush) -> u8 {
    match f {
        Flush::None | Flush::Trees => 0,
        Flush::Block => 1,
        Flush::Partial => 2,
        Flush::Sync => 3,
        Flush::Full => 4,
        Flush::Finish => 5,
    }
}

/// createInflate() & co. over ZlibContext (processChunk / processCallback).
struct Stream {
    ctx: ZlibContext,
    chunk_size: usize,
    out_offset: usize,
    flush: Flush,
    finish_flush: Flush,
    bytes_written: u64,
    readable_ended: bool,
    error: Option<Err3>,
}

impl Stream {
    fn new(mode: NodeMode, o: &Options) -> Stream {
        Stream {
            ctx: new_ctx(mode, o),
            chunk_size: o.chunk_size.max(1),
            out_offset: 0,
            flush: o.flush,
            finish_flush: o.finish_flush,
            bytes_written: 0,
            readable_ended: false,
            error: None,
        }
    }
    fn write(&mut self, chunk: &[u8]) -> (Vec<Vec<u8>>, Option<Err3>) {
        let f = self.flush;
        self.transform(chunk, f)
    }
    fn end(&mut self) -> (Vec<Vec<u8>>, Option<Err3>) {
        let f = if flushiness(self.flush) > flushiness(self.finish_flush) {
            self.flush
        } else {
            self.finish_flush
        };
        self.transform(&[], f)
    }
    fn transform(&mut self, chunk: &[u8], flush: Flush) -> (Vec<Vec<u8>>, Option<Err3>) {
        let mut chunks = Vec::new();
        if let Some(e) = &self.error {
            return (chunks, Some(e.clone()));
        }
        let mut in_off = 0;
        let mut avail_out_before = self.chunk_size - self.out_offset;
        loop {
            let r = self
                .ctx
                .write(flush.as_i32(), &chunk[in_off..], avail_out_before);
            let w = match r {
                Ok(w) => w,
                Err(e) => {
                    let e = Err3::from(e);
                    self.error = Some(e.clone());
                    return (chunks, Some(e));
                }
            };
            let c = (chunk.len() - in_off) - w.avail_in;
            let p = avail_out_before - w.avail_out;
            assert_eq!(p, w.out.len());
            self.bytes_written += c as u64;
            in_off += c;
            if p > 0 {
                if self.readable_ended {
                    let e = Err3 {
                        message: PUSH_AFTER_EOF.0.into(),
                        code: PUSH_AFTER_EOF.1.into(),
                        errno: 0,
                    };
                    self.error = Some(e.clone());
                    return (chunks, Some(e));
                }
                chunks.push(w.out);
                self.out_offset += p;
            }
            let avail_out_after = avail_out_before - p;
            if avail_out_after == 0 || self.out_offset >= self.chunk_size {
                avail_out_before = self.chunk_size;
                self.out_offset = 0;
            }
            if avail_out_after == 0 {
                continue;
            }
            if in_off < chunk.len() {
                self.readable_ended = true;
            }
            return (chunks, None);
        }
    }
}

fn run_stream(c: &Json, blobs: &[Vec<u8>], input: &[u8]) -> Result<(), String> {
    let mode = mode_of(c.get("mode").unwrap().str());
    let opts = options(blobs, mode, c.get("opts").unwrap());
    let mut s = Stream::new(mode, &opts);
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut error = None;
    let mut off = 0;
    for p in c.get("pieces").unwrap().arr() {
        let n = p.usize();
        let (ch, e) = s.write(&input[off..off + n]);
        off += n;
        chunks.extend(ch);
        if e.is_some() {
            error = e;
            break;
        }
    }
    if error.is_none() {
        let (ch, e) = s.end();
        chunks.extend(ch);
        error = e;
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
    if s.bytes_written != bw {
        problems.push(format!("bytesWritten {} vs node {bw}", s.bytes_written));
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
    let mut ctx = new_ctx(mode, &opts);
    let mut pos = 0usize;
    for (k, call) in c.get("calls").unwrap().arr().iter().enumerate() {
        let a = call.arr();
        let off = a[0].usize();
        let in_len = a[1].usize();
        let out_len = a[2].usize();
        let flush = a[3].num() as i32;
        if off != pos {
            return Err(format!("call {k}: input offset {pos} vs node {off}"));
        }
        let r = ctx.write(flush, &input[off..off + in_len], out_len);
        if a.len() == 5 {
            return match r {
                Err(e) if same_error(&Err3::from(e.clone()), &a[4]) => Ok(()),
                other => Err(format!("call {k}: got {other:?}, node error {:?}", a[4])),
            };
        }
        let w = match r {
            Err(e) => {
                return Err(format!(
                    "call {k}: got error {e:?}, node consumed {} produced {}",
                    a[4].num(),
                    a[5].num()
                ))
            }
            Ok(w) => w,
        };
        let consumed = in_len - w.avail_in;
        let produced = out_len - w.avail_out;
        let o = &w.out;
        let repr = if produced <= 48 { hex(o) } else { sha256(o) };
        if consumed != a[4].usize() || produced != a[5].usize() || repr != a[6].str() {
            return Err(format!(
                "call {k} (in {in_len}, out {out_len}, flush {flush}): got {consumed} in / {produced} out, node {} / {}",
                a[4].num(),
                a[5].num()
            ));
        }
        pos += consumed;
    }
    Ok(())
}

#[test]
fn replay_inflate_vectors_through_zlib_context() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../inflate/tests/vectors.json"
    ))
    .unwrap();
    let v = parse(&text);
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
        let e = per_group
            .entry(format!("{kind}/{group}/{}", c.get("mode").unwrap().str()))
            .or_default();
        e.0 += 1;
        if let Err(msg) = r {
            e.1 += 1;
            failures.push(format!(
                "case {i} [{kind}/{group} {} blob {} (len {}) ops {:?} opts {:?}]: {msg}",
                c.get("mode").unwrap().str(),
                c.get("blob").unwrap().usize(),
                input.len(),
                c.get("ops").unwrap(),
                c.get("opts").unwrap()
            ));
        }
    }
    let total: usize = per_group.values().map(|x| x.0).sum();
    let mut kinds: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (g, (n, bad)) in &per_group {
        println!("{g:36} {:6} cases, {:6} match", n, n - bad);
        let k = kinds
            .entry(g.split('/').next().unwrap().to_string())
            .or_default();
        k.0 += n;
        k.1 += bad;
    }
    for (k, (n, bad)) in &kinds {
        println!("KIND {k}: {n} cases, {} match, {bad} differ", n - bad);
    }
    println!(
        "total {total} cases, {} match, {} differ",
        total - failures.len(),
        failures.len()
    );
    for f in &failures {
        let f: String = f.chars().take(1500).collect();
        println!("MISMATCH {f}");
    }
    assert!(total > 1000, "only {total} vectors");
    assert!(
        failures.is_empty(),
        "{} vectors differ from node",
        failures.len()
    );
}
