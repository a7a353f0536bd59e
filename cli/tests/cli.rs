//! The CLI contract: `loopscope run [--trace PATH] [--trace-format json|chrome] FILE.js`,
//! stdout/stderr/exit code like node, trace files, options and limits.

use std::path::PathBuf;
use std::process::{Command, Output};

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_loopscope"))
}

fn tmp(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("loopscope-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let p = dir.join(name);
    std::fs::write(&p, src).expect("write snippet");
    p
}

fn run(args: &[&str], file: &PathBuf) -> Output {
    Command::new(bin())
        .arg("run")
        .args(args)
        .arg(file)
        .output()
        .expect("run loopscope")
}

#[test]
fn prints_like_node_and_exits_with_its_code() {
    let f = tmp(
        "order.js",
        "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));\n\
         Promise.resolve().then(() => console.log('promise'));\nprocess.nextTick(() => console.log('tick'));\n\
         console.log('sync'); process.exitCode = 3;",
    );
    let out = run(&[], &f);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "sync\ntick\npromise\ntimeout\nimmediate\n"
    );
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn uncaught_error_goes_to_stderr_with_exit_1() {
    let f = tmp(
        "throw.js",
        "console.log('before');\nthrow new Error('boom');\n",
    );
    let out = run(&[], &f);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("Error: boom"), "{err}");
    assert!(err.contains("Node.js v20"), "{err}");
}

#[test]
fn json_trace_is_an_array_from_run_start_to_exit() {
    let f = tmp("trace.js", "setTimeout(() => console.log('x'), 5);");
    let trace = f.with_extension("trace.json");
    let out = run(&["--trace", trace.to_str().expect("utf8")], &f);
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&trace).expect("trace written");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let events = v.as_array().expect("array");
    assert_eq!(events[0]["type"], "run_start");
    assert_eq!(events[events.len() - 1]["type"], "exit");
    assert!(events
        .iter()
        .any(|e| e["type"] == "output" && e["text"] == "x\n" && e["phase"] == "timers"));
}

#[test]
fn chrome_trace_has_trace_events() {
    let f = tmp("chrome.js", "setImmediate(() => console.log('x'));");
    let trace = f.with_extension("chrome.json");
    let out = run(
        &[
            "--trace",
            trace.to_str().expect("utf8"),
            "--trace-format",
            "chrome",
        ],
        &f,
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&trace).expect("trace")).expect("JSON");
    let events = v["traceEvents"].as_array().expect("traceEvents");
    assert!(events
        .iter()
        .any(|e| e["ph"] == "B" && e["name"] == "check"));
    assert!(events
        .iter()
        .any(|e| e["ph"] == "B" && e["name"] == "immediate"));
}

#[test]
fn memory_bomb_in_one_synchronous_stretch_exits_cleanly() {
    let f = tmp(
        "bomb.js",
        "const keep = []; while (true) keep.push(new Array(100000).fill(1));",
    );
    let out = run(&["--max-heap-mb", "64"], &f);
    // A clean exit code, not a signal.
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("heap out of memory"), "{err}");
}

#[test]
fn real_clock_waits_for_timers() {
    let f = tmp(
        "real.js",
        "const t = Date.now(); setTimeout(() => console.log(Date.now() - t >= 20), 20);",
    );
    let out = run(&["--clock", "real"], &f);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "true\n");
}

#[test]
fn loop_entry_latency_option_shows_the_other_order() {
    let f = tmp(
        "latency.js",
        "setTimeout(() => console.log('timeout'), 0);\nsetImmediate(() => console.log('immediate'));",
    );
    let out = run(&["--loop-entry-latency", "0"], &f);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "immediate\ntimeout\n");
}

#[test]
fn bad_options_are_usage_errors() {
    let f = tmp("ok.js", "");
    let out = run(&["--max-instructions", "lots"], &f);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: loopscope run"));
}

#[test]
fn node_decompresses_what_loopscope_compressed() {
    let f = tmp(
        "zlib-out.js",
        "const zlib = require('zlib'); const crypto = require('crypto');\n\
         const text = Buffer.concat([Buffer.from('loopscope '.repeat(3000)), crypto.randomBytes(20000)]);\n\
         console.log(JSON.stringify({ text: text.toString('base64'),\n\
           gzip: zlib.gzipSync(text, { level: 9 }).toString('base64'),\n\
           deflate: zlib.deflateSync(text).toString('base64'),\n\
           raw: zlib.deflateRawSync(text, { level: 1 }).toString('base64') }));",
    );
    let out = run(&[], &f);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let check = tmp(
        "zlib-check.js",
        "const zlib = require('zlib'); let s = ''; process.stdin.on('data', (c) => s += c);\n\
         process.stdin.on('end', () => { const j = JSON.parse(s); const t = Buffer.from(j.text, 'base64');\n\
           const ok = [zlib.gunzipSync(Buffer.from(j.gzip, 'base64')), zlib.inflateSync(Buffer.from(j.deflate, 'base64')),\n\
             zlib.inflateRawSync(Buffer.from(j.raw, 'base64'))].every((b) => b.equals(t));\n\
           console.log(ok ? 'interop ok' : 'MISMATCH'); });",
    );
    let mut node = Command::new("node")
        .arg(&check)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node is installed");
    {
        use std::io::Write;
        let mut stdin = node.stdin.take().expect("stdin");
        stdin.write_all(&out.stdout).expect("pipe to node");
    }
    let res = node.wait_with_output().expect("node output");
    assert_eq!(String::from_utf8_lossy(&res.stdout), "interop ok\n");
}

#[test]
fn traces_are_identical_across_runs() {
    let f = tmp(
        "determinism.js",
        "const fs = require('fs'); const crypto = require('crypto');\n\
         fs.writeFileSync('/tmp/loopscope-determinism.txt', 'x'.repeat(1000));\n\
         fs.readFile('/tmp/loopscope-determinism.txt', (e, b) => console.log(b.length, Math.random()));\n\
         crypto.pbkdf2('a', 'b', 1000, 32, 'sha256', (e, k) => console.log(k.toString('hex')));\n\
         setTimeout(() => console.log('t', Date.now() % 1000), 3); setImmediate(() => console.log('i'));",
    );
    let traces: Vec<String> = (0..2)
        .map(|i| {
            let trace = f.with_extension(format!("det{i}.json"));
            let out = run(&["--trace", trace.to_str().expect("utf8")], &f);
            assert_eq!(out.status.code(), Some(0));
            std::fs::read_to_string(&trace).expect("trace")
        })
        .collect();
    assert!(traces[0].contains("pool_started"));
    // Everything but heap byte counts must be identical. Heap counts can differ by a few
    // hundred bytes between processes under load (a known issue under investigation), so they
    // are compared with a tolerance.
    let parse = |t: &str| -> Vec<serde_json::Value> { serde_json::from_str(t).expect("JSON") };
    let (a, b) = (parse(&traces[0]), parse(&traces[1]));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        let (mut x, mut y) = (x.clone(), y.clone());
        let hx = x.as_object_mut().and_then(|o| o.remove("heap_bytes"));
        let hy = y.as_object_mut().and_then(|o| o.remove("heap_bytes"));
        assert_eq!(x, y);
        if let (Some(hx), Some(hy)) = (hx.and_then(|v| v.as_i64()), hy.and_then(|v| v.as_i64())) {
            assert!((hx - hy).abs() < 4096, "heap {hx} vs {hy}");
        }
    }
}

#[test]
fn cpus_option_sets_the_simulated_core_count() {
    let f = tmp(
        "cpus.js",
        "const os = require('os');\nconsole.log(os.cpus().length, os.availableParallelism());\n",
    );
    let out = run(&[], &f);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "4 4\n");
    let out = run(&["--cpus", "8"], &f);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "8 8\n");
}
