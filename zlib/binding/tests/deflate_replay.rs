//! Replays zlib/deflate/tests/vectors.json (recorded from node) through the binding's
//! ZlibContext, driven as node's lib/zlib.js drives its native handle.
#[path = "../../inflate/tests/common/mod.rs"]
mod common;

use common::{base64, parse, sha256, Json};
use loopscope_zlib_binding::{ZlibContext, ZlibError};
use std::collections::BTreeMap;

// Typed views of a JSON value (None for another type).
fn as_str(j: &Json) -> Option<&str> {
    match j {
        Json::Str(s) => Some(s),
        _ => None,
    }
}

fn as_int(j: &Json) -> Option<i64> {
    match j {
        Json::Num(n) => Some(*n as i64),
        _ => None,
    }
}

fn as_arr(j: &Json) -> Option<&[Json]> {
    match j {
        Json::Arr(a) => Some(a),
        _ => None,
    }
}

fn as_obj(j: &Json) -> Option<&BTreeMap<String, Json>> {
    match j {
        Json::Obj(o) => Some(o),
        _ => None,
    }
}

type Inputs = BTreeMap<String, Vec<u8>>;
const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../deflate/tests");

fn load() -> (Json, Inputs) {
    let text = std::fs::read_to_string(format!("{DIR}/vectors.json")).unwrap();
    let doc = parse(&text);
    let mut inputs = Inputs::new();
    let index = doc.get("inputs").and_then(as_obj).unwrap();
    for (name, spec) in index {
        if let Some(file) = spec.get("file").and_then(as_str) {
            inputs.insert(
                name.clone(),
                std::fs::read(format!("{DIR}/{file}")).unwrap(),
            );
        }
    }
    for (name, spec) in index {
        if let Some(base) = spec.get("repeat").and_then(as_str) {
            let len = spec.get("len").and_then(as_int).unwrap() as usize;
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
        let len = spec.get("len").and_then(as_int).unwrap() as usize;
        assert_eq!(inputs[name].len(), len, "input {name}");
    }
    (doc, inputs)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum W {
    Raw,
    Zlib,
    Gzip,
}

fn wrap_of(v: &Json) -> W {
    match v.get("wrap").and_then(as_str) {
        Some("raw") => W::Raw,
        Some("gzip") => W::Gzip,
        _ => W::Zlib,
    }
}
fn mode_num(w: W) -> u32 {
    match w {
        W::Zlib => 1,
        W::Gzip => 3,
        W::Raw => 5,
    }
}

fn b64short(b: &[u8]) -> String {
    let h: String = b.iter().take(40).map(|x| format!("{x:02x}")).collect();
    if b.len() > 40 {
        format!("{} bytes {h}..", b.len())
    } else {
        format!("{} bytes {h}", b.len())
    }
}

fn check(expected: &Json, got: &[u8]) -> Result<(), String> {
    if let Some(b64) = expected.get("out").and_then(as_str) {
        let want = base64(b64);
        if want == got {
            return Ok(());
        }
        let first = want.iter().zip(got).position(|(a, b)| a != b);
        return Err(format!(
            "node {} / ctx {}, first difference at {:?}",
            b64short(&want),
            b64short(got),
            first
        ));
    }
    let len = expected.get("outLen").and_then(as_int).ok_or("no outLen")? as usize;
    let sha = expected.get("outSha256").and_then(as_str).ok_or("no sha")?;
    let head = base64(expected.get("outHead").and_then(as_str).ok_or("no head")?);
    if got.len() == len && sha256(got) == sha {
        return Ok(());
    }
    let first = head.iter().zip(got).position(|(a, b)| a != b);
    Err(format!(
        "length node {} ctx {}, sha differs, first difference in head at {:?}",
        len,
        got.len(),
        first
    ))
}

/// JS layer: createDeflateRaw turns windowBits 8 into 9.
fn js_window_bits(w: W, wb: i64) -> i32 {
    if w == W::Raw && wb == 8 {
        9
    } else {
        wb as i32
    }
}

fn make(w: W, level: i64, wb: i64, mem: i64, strategy: i64, dict: Option<&[u8]>) -> ZlibContext {
    ZlibContext::new(
        mode_num(w),
        js_window_bits(w, wb),
        level as i32,
        mem as i32,
        strategy as i32,
        dict.map(<[u8]>::to_vec).unwrap_or_default(),
    )
}

fn e2s(e: &ZlibError) -> String {
    format!("error {:?} errno {}", e.message, e.errno)
}

/// deflateSync & co.: Z_FINISH into chunkSize buffers until output space is left.
fn ctx_sync(c: &mut ZlibContext, input: &[u8], chunk: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut in_off = 0;
    loop {
        let w = c.write(4, &input[in_off..], chunk).map_err(|e| e2s(&e))?;
        let produced = chunk - w.avail_out;
        assert_eq!(produced, w.out.len());
        out.extend_from_slice(&w.out);
        in_off = input.len() - w.avail_in;
        if produced < chunk {
            break;
        }
    }
    Ok(out)
}

struct Stream {
    c: ZlibContext,
    chunk: usize,
    out_offset: usize,
    level: i64,
    strategy: i64,
    default_flush: i32,
}

impl Stream {
    fn process(&mut self, data: &[u8], flush: i32) -> Result<Vec<u8>, String> {
        let mut out = Vec::new();
        let mut avail = self.chunk - self.out_offset;
        let mut in_off = 0;
        loop {
            let w = self
                .c
                .write(flush, &data[in_off..], avail)
                .map_err(|e| e2s(&e))?;
            let produced = avail - w.avail_out;
            assert_eq!(produced, w.out.len());
            let used = (data.len() - in_off) - w.avail_in;
            out.extend_from_slice(&w.out);
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
        Ok(out)
    }
    fn params(&mut self, level: i64, strategy: i64) -> Result<Vec<u8>, String> {
        if level == self.level && strategy == self.strategy {
            return Ok(Vec::new());
        }
        let out = self.process(&[], 2)?;
        self.c
            .params(level as i32, strategy as i32)
            .map_err(|e| format!("params: {}", e2s(&e)))?;
        self.level = level;
        self.strategy = strategy;
        Ok(out)
    }
}

fn slice<'a>(inputs: &'a Inputs, step: &Json) -> &'a [u8] {
    let name = step.get("input").and_then(as_str).unwrap();
    let s = step.get("start").and_then(as_int).unwrap() as usize;
    let e = step.get("end").and_then(as_int).unwrap() as usize;
    &inputs[name][s..e]
}
fn opt_int(o: &Json, k: &str, d: i64) -> i64 {
    o.get(k).and_then(as_int).unwrap_or(d)
}

fn run_stream(v: &Json, inputs: &Inputs) -> Result<(), String> {
    let w = wrap_of(v);
    let o = v.get("opts").unwrap();
    let level = opt_int(o, "level", -1);
    let strategy = opt_int(o, "strategy", 0);
    let dict = o.get("dict").and_then(as_str).map(|n| inputs[n].as_slice());
    let c = make(
        w,
        level,
        opt_int(o, "windowBits", 15),
        opt_int(o, "memLevel", 8),
        strategy,
        dict,
    );
    let mut s = Stream {
        c,
        chunk: opt_int(o, "chunkSize", 16384) as usize,
        out_offset: 0,
        level,
        strategy,
        default_flush: opt_int(o, "flush", 0) as i32,
    };
    let steps = v.get("steps").and_then(as_arr).unwrap();
    let outs = v.get("outs").and_then(as_arr).unwrap();
    for (i, (step, want)) in steps.iter().zip(outs).enumerate() {
        let op = step.get("op").and_then(as_str).unwrap();
        let got = match op {
            "write" => {
                let f = s.default_flush;
                s.process(slice(inputs, step), f)
            }
            "flush" => {
                let kind = step.get("kind").unwrap();
                let f = if kind.is_null() {
                    3
                } else {
                    as_int(kind).unwrap() as i32
                };
                s.process(&[], f)
            }
            "params" => s.params(
                step.get("level").and_then(as_int).unwrap(),
                step.get("strategy").and_then(as_int).unwrap(),
            ),
            "end" => s.process(&[], 4),
            "reset" => {
                s.c.reset()
                    .map(|_| Vec::new())
                    .map_err(|e| format!("reset: {}", e2s(&e)))
            }
            "endWith" => {
                let a = s.process(slice(inputs, step), 4);
                a.and_then(|mut o| {
                    o.extend(s.process(&[], 4)?);
                    Ok(o)
                })
            }
            _ => return Err(format!("unknown op {op}")),
        };
        let desc = format!("{op} {}", serde_lite(step));
        match got {
            Err(e) => return Err(format!("step {i} ({desc}): ctx {e}; node out {:?}", want)),
            Ok(g) => check(want, &g).map_err(|e| format!("step {i} ({desc}): {e}"))?,
        }
    }
    Ok(())
}

fn serde_lite(j: &Json) -> String {
    match j {
        Json::Obj(m) => m
            .iter()
            .map(|(k, v)| format!("{k}={}", serde_lite(v)))
            .collect::<Vec<_>>()
            .join(","),
        Json::Str(s) => s.clone(),
        Json::Num(n) => format!("{n}"),
        Json::Null => "null".into(),
        other => format!("{other:?}"),
    }
}

fn run_sync(v: &Json, inputs: &Inputs) -> Result<(), String> {
    let w = wrap_of(v);
    let input = &inputs[v.get("input").and_then(as_str).unwrap()];
    let dict = v.get("dict").and_then(as_str).map(|n| inputs[n].as_slice());
    let int = |k: &str| v.get(k).and_then(as_int).unwrap();
    let mut c = make(
        w,
        int("level"),
        int("windowBits"),
        int("memLevel"),
        int("strategy"),
        dict,
    );
    let got = ctx_sync(&mut c, input, int("chunkSize") as usize)?;
    check(v, &got)
}

#[test]
fn replay_deflate_vectors_through_zlib_context() {
    let (doc, inputs) = load();
    let mut failures = Vec::new();
    let mut counts = [0usize; 4];
    for v in doc.get("sync").and_then(as_arr).unwrap() {
        counts[1] += 1;
        match run_sync(v, &inputs) {
            Ok(()) => counts[0] += 1,
            Err(e) => failures.push(format!(
                "{} [input len {}]: {e}",
                v.get("id").and_then(as_str).unwrap_or("?"),
                inputs[v.get("input").and_then(as_str).unwrap()].len()
            )),
        }
    }
    for v in doc.get("streams").and_then(as_arr).unwrap() {
        counts[3] += 1;
        match run_stream(v, &inputs) {
            Ok(()) => counts[2] += 1,
            Err(e) => failures.push(format!(
                "{} [wrap {:?} opts {}]: {e}",
                v.get("id").and_then(as_str).unwrap_or("?"),
                v.get("wrap").and_then(as_str),
                serde_lite(v.get("opts").unwrap())
            )),
        }
    }
    println!(
        "sync {}/{} match, streams {}/{} match",
        counts[0], counts[1], counts[2], counts[3]
    );
    for f in &failures {
        let f: String = f.chars().take(1500).collect();
        println!("MISMATCH {f}");
    }
    assert!(
        counts[1] > 1000 && counts[3] > 100,
        "too few vectors: {counts:?}"
    );
    assert!(
        failures.is_empty(),
        "{} vectors differ from node",
        failures.len()
    );
}
