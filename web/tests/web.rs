//! wasm-bindgen tests of the web crate, run by `cargo xtask test` in headless chromium inside
//! a dedicated Web Worker (where the runtime lives in the product). Expected outputs are the
//! corpus files recorded from node.
#![cfg(target_arch = "wasm32")]

use loopscope_core::{run_captured, RunOptions};
use loopscope_web::config::PageOptions;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_dedicated_worker);

fn expect(node_json: &str, stdout: &str, code: i32) {
    let v: serde_json::Value = serde_json::from_str(node_json).expect("node.json parses");
    let ok = v["variants"].as_array().expect("variants").iter().any(|x| {
        x["stdout"].as_str() == Some(stdout) && x["exit_code"].as_i64() == Some(i64::from(code))
    });
    assert!(
        ok,
        "stdout {stdout:?} (exit {code}) is not what node printed: {v}"
    );
}

fn run(path: &str, source: &str, opts: RunOptions) -> (String, i32) {
    let r = run_captured(path, source, opts).expect("runtime starts");
    (r.stdout, r.outcome.exit_code)
}

#[wasm_bindgen_test]
fn microtask_priority_matches_node_in_a_worker() {
    let (out, code) = run(
        "/home/loopscope/microtask-priority.js",
        include_str!("../../tests/corpus/seed/microtask-priority.js"),
        RunOptions::default(),
    );
    expect(
        include_str!("../../tests/corpus/seed/microtask-priority.node.json"),
        &out,
        code,
    );
}

#[wasm_bindgen_test]
fn thread_pool_size_from_page_options() {
    let page = PageOptions::from_json(r#"{"threadpoolSize":5}"#).expect("parses");
    let opts = page.run_options().expect("valid");
    let src = "console.log(process.env.UV_THREADPOOL_SIZE)";
    let (out, code) = run("/home/loopscope/main.js", src, opts);
    assert_eq!((out.as_str(), code), ("5\n", 0));
}

#[wasm_bindgen_test]
fn event_loop_lag_matches_node_in_a_worker() {
    let (out, code) = run(
        "/home/loopscope/event-loop-lag.js",
        include_str!("../../tests/corpus/seed/event-loop-lag.js"),
        RunOptions::default(),
    );
    expect(
        include_str!("../../tests/corpus/seed/event-loop-lag.node.json"),
        &out,
        code,
    );
}

#[wasm_bindgen_test]
fn syntax_errors_are_reported_not_panics() {
    let (out, code) = run(
        "/home/loopscope/syntax-error-let.js",
        include_str!("../../tests/corpus/errors/syntax-error-let.js"),
        RunOptions::default(),
    );
    expect(
        include_str!("../../tests/corpus/errors/syntax-error-let.node.json"),
        &out,
        code,
    );
}

#[wasm_bindgen_test]
fn heap_is_counted_in_wasm() {
    let r = run_captured(
        "/home/loopscope/main.js",
        "const a = []; setTimeout(() => { for (let i = 0; i < 1e4; i++) a.push({ i }); }, 1);",
        RunOptions::default(),
    )
    .expect("runs");
    let heaps: Vec<u64> = r
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            loopscope_core::EventKind::CallbackEnd { heap_bytes, .. } => Some(*heap_bytes),
            _ => None,
        })
        .collect();
    assert!(
        !heaps.is_empty() && heaps.iter().all(|&h| h > 100_000),
        "{heaps:?}"
    );
}
