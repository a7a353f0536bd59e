//! `cargo xtask bench`: the cost of the loop per callback relative to a plain boa function
//! call, with tracing off and on (wall-clock timing of whole runs, best of 5); then throughput
//! of a stream pipe, sha256 and gzip, each beside the same script under the `node` on this
//! machine (real clock, timed inside the script with `performance.now()`).

use std::time::Instant;

use loopscope_core::{
    memory::CountingAllocator, run_captured, CapturedOutput, ClockMode, HostClock, RunOptions,
    Runtime,
};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

const CASES: &[(&str, u64, &str)] = &[
    (
        "setImmediate callbacks",
        100_000,
        "let n = 0; function f() { if (++n < 100000) setImmediate(f); } setImmediate(f);",
    ),
    (
        "promise reactions",
        100_000,
        "let p = Promise.resolve(); for (let i = 0; i < 100000; i++) p = p.then(() => {});",
    ),
    (
        "timers",
        10_000,
        "for (let i = 0; i < 10000; i++) setTimeout(() => {}, i % 100);",
    ),
    (
        "setInterval callbacks",
        100_000,
        "let n = 0; const t = setInterval(() => { if (++n === 100000) clearInterval(t); }, 1);",
    ),
    (
        "nextTick callbacks",
        100_000,
        "let n = 0; function f() { if (++n < 100000) process.nextTick(f); } process.nextTick(f);",
    ),
];

const PLAIN: &str = "function f() {} for (let i = 0; i < 1000000; i++) f();";
const EMPTY_LOOP: &str = "for (let i = 0; i < 1000000; i++) {}";

fn time(src: &str, trace: bool) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let mut opts = RunOptions {
            trace,
            ..RunOptions::default()
        };
        opts.limits.max_instructions = u64::MAX / 4;
        opts.limits.max_callbacks = u64::MAX / 4;
        opts.limits.max_drain_jobs = u64::MAX / 4;
        opts.limits.max_time_ms = u64::MAX / 4_000_000;
        let t = Instant::now();
        let r = run_captured("/bench.js", src, opts).expect("runtime");
        let el = t.elapsed().as_secs_f64();
        assert_eq!(r.outcome.exit_code, 0, "{}", r.stderr);
        best = best.min(el);
    }
    best
}

/// Throughput scripts: each prints `{"mb": megabytes, "s": seconds}` for its timed part.
const THROUGHPUT: &[(&str, &str)] = &[
    (
        "stream pipe 64 MiB (fs read -> Transform -> Writable)",
        "const fs = require('fs'); const { Transform, Writable, pipeline } = require('stream');
fs.writeFileSync('bench-big.bin', Buffer.alloc(64 << 20, 97));
let n = 0; const t = performance.now();
pipeline(fs.createReadStream('bench-big.bin'),
  new Transform({ transform(c, e, cb) { cb(null, c); } }),
  new Writable({ write(c, e, cb) { n += c.length; cb(); } }),
  (err) => { if (err) throw err; const s = (performance.now() - t) / 1000;
    fs.unlinkSync('bench-big.bin'); console.log(JSON.stringify({ mb: n / 1048576, s })); });",
    ),
    (
        "sha256 of 64 MiB (createHash)",
        "const crypto = require('crypto'); const d = Buffer.alloc(64 << 20, 97);
const t = performance.now(); crypto.createHash('sha256').update(d).digest('hex');
console.log(JSON.stringify({ mb: 64, s: (performance.now() - t) / 1000 }));",
    ),
    (
        "gzip of 16 MiB (gzipSync, CSV-like text)",
        "const zlib = require('zlib'); const parts = []; let len = 0; let i = 0;
while (len < 16 << 20) { const l = i + ',' + ((i * 7919) % 100003) + ',item' + (i % 977) + '\\n'; parts.push(l); len += l.length; i++; }
const d = Buffer.from(parts.join('')).subarray(0, 16 << 20);
const t = performance.now(); zlib.gzipSync(d);
console.log(JSON.stringify({ mb: 16, s: (performance.now() - t) / 1000 }));",
    ),
];

struct Wall(Instant);

impl HostClock for Wall {
    fn monotonic_ns(&self) -> u64 {
        u64::try_from(self.0.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn wall_ms(&self) -> i64 {
        0
    }
}

fn mb_per_s(stdout: &str) -> Option<f64> {
    let v: serde_json::Value = serde_json::from_str(stdout.lines().last()?).ok()?;
    Some(v["mb"].as_f64()? / v["s"].as_f64()?.max(1e-9))
}

fn loopscope_throughput(src: &str) -> Option<f64> {
    let mut opts = RunOptions {
        clock: ClockMode::Real,
        trace: false,
        ..RunOptions::default()
    };
    opts.limits.max_instructions = u64::MAX / 4;
    opts.limits.max_time_ms = u64::MAX / 4_000_000;
    opts.limits.max_heap_bytes = 4 << 30;
    let out = CapturedOutput::default();
    let mut rt = Runtime::new(
        opts,
        Box::new(out.clone()),
        Some(Box::new(Wall(Instant::now()))),
    )
    .ok()?;
    rt.load_main("/home/loopscope/bench.js", src);
    let o = rt.run_to_end(|ns| std::thread::sleep(std::time::Duration::from_nanos(ns)));
    if o.exit_code != 0 {
        eprintln!("loopscope: {}", out.stderr.borrow());
        return None;
    }
    let stdout = out.stdout.borrow().clone();
    mb_per_s(&stdout)
}

fn node_throughput(src: &str) -> Option<f64> {
    let dir = std::env::temp_dir().join(format!("loopscope-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let file = dir.join("bench.js");
    std::fs::write(&file, src).ok()?;
    let out = std::process::Command::new("node")
        .arg(&file)
        .current_dir(&dir)
        .output()
        .ok()?;
    let _ = std::fs::remove_dir_all(&dir);
    mb_per_s(&String::from_utf8_lossy(&out.stdout))
}

fn throughput() {
    println!();
    println!(
        "{:<54} {:>12} {:>12} {:>8}",
        "throughput (real clock)", "loopscope", "node", "ratio"
    );
    for (name, src) in THROUGHPUT {
        // Best of 3 each.
        let best = |f: &dyn Fn() -> Option<f64>| (0..3).filter_map(|_| f()).fold(0.0, f64::max);
        let ours = best(&|| loopscope_throughput(src));
        let node = best(&|| node_throughput(src));
        println!(
            "{:<54} {:>7.1} MB/s {:>7.1} MB/s {:>7.1}%",
            name,
            ours,
            node,
            100.0 * ours / node.max(1e-9)
        );
    }
}

fn main() {
    if std::env::args().any(|a| a == "--throughput") {
        throughput();
        return;
    }
    let startup = time("", false);
    let plain = (time(PLAIN, false) - startup) / 1e6;
    let empty = (time(EMPTY_LOOP, false) - startup) / 1e6;
    let call = (plain - empty).max(1e-12);
    println!("startup (empty program): {:.2} ms", startup * 1e3);
    println!(
        "plain boa function call: {:.1} ns (loop iteration included: {:.1} ns)",
        call * 1e9,
        plain * 1e9
    );
    println!();
    println!(
        "{:<24} {:>12} {:>9} {:>12} {:>9} {:>10}",
        "case", "trace off", "x call", "trace on", "x call", "on/off"
    );
    for (name, n, src) in CASES {
        let off = (time(src, false) - startup) / *n as f64;
        let on = (time(src, true) - startup) / *n as f64;
        println!(
            "{:<24} {:>9.1} ns {:>8.2}x {:>9.1} ns {:>8.2}x {:>9.2}x",
            name,
            off * 1e9,
            off / plain,
            on * 1e9,
            on / plain,
            on / off
        );
    }
    println!();
    println!("x call = per-callback cost / cost of one iteration calling a plain function");
    throughput();
}
