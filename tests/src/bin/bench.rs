//! `cargo xtask bench`: the cost of the loop per callback relative to a plain boa function
//! call, with tracing off and on. Wall-clock timing of whole runs (best of 5).

use std::time::Instant;

use loopscope_core::{memory::CountingAllocator, run_captured, RunOptions};

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

fn main() {
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
}
