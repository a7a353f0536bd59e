//! The memory model seen through the trace: the seed's leak patterns make the heap samples
//! (taken after every callback) grow, their fixed versions stay flat.

use loopscope_core::{memory::CountingAllocator, run_captured, EventKind, RunOptions};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

/// The heap samples of a run: `heap_bytes` of every callback end, in order.
fn heap_samples(src: &str) -> Vec<u64> {
    let src = src.to_owned();
    let run = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            run_captured("/virtual/main.js", &src, RunOptions::default()).expect("runtime")
        })
        .expect("thread")
        .join()
        .expect("no panic");
    assert_eq!(run.outcome.exit_code, 0, "{}", run.stderr);
    run.events
        .iter()
        .filter_map(|e| match e.kind {
            EventKind::CallbackEnd { heap_bytes, .. } => Some(heap_bytes),
            _ => None,
        })
        .collect()
}

/// Growth from the first tenth of the samples to the last tenth (medians), in bytes.
fn growth(samples: &[u64]) -> i64 {
    assert!(samples.len() >= 20, "{} samples", samples.len());
    let tenth = samples.len() / 10;
    let median = |s: &[u64]| {
        let mut v = s.to_vec();
        v.sort_unstable();
        v[v.len() / 2] as i64
    };
    median(&samples[samples.len() - tenth..]) - median(&samples[..tenth])
}

const CACHE: &str = r#"
const cache = FIXED ? new Map() : {};
let n = 0;
const t = setInterval(() => {
  for (let k = 0; k < 500; k++) {
    const key = 'user:' + n++;
    const value = { id: n, name: 'user ' + n, tags: ['a', 'b', 'c'] };
    if (FIXED) {
      cache.set(key, value);
      if (cache.size > 100) cache.delete(cache.keys().next().value);
    } else {
      cache[key] = value;
    }
  }
  if (n >= 40000) clearInterval(t);
}, 1);
"#;

const LISTENERS: &str = r#"
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.setMaxListeners(0);
let n = 0;
const t = setInterval(() => {
  for (let k = 0; k < 200; k++) {
    const big = new Array(50).fill(n);
    const onData = () => big.length;
    bus.on('data', onData);
    if (FIXED) bus.off('data', onData);
  }
  if (++n >= 100) clearInterval(t);
}, 1);
"#;

const CLOSURES: &str = r#"
const kept = [];
let n = 0;
const t = setInterval(() => {
  for (let k = 0; k < 100; k++) {
    const large = new Array(100).fill('x' + n);
    const summary = large.length;
    kept.push(FIXED ? () => summary : () => large.length);
  }
  if (FIXED && kept.length > 100) kept.splice(0, kept.length - 100);
  if (++n >= 100) clearInterval(t);
}, 1);
"#;

fn check(name: &str, src: &str) {
    let leak = growth(&heap_samples(&format!("const FIXED = false;\n{src}")));
    let fixed = growth(&heap_samples(&format!("const FIXED = true;\n{src}")));
    assert!(leak > 2_000_000, "{name}: the leak grew only {leak} bytes");
    assert!(
        fixed < leak / 5,
        "{name}: the fixed version grew {fixed} bytes (leak: {leak})"
    );
}

#[test]
fn unbounded_cache_grows_and_bounded_cache_stays_flat() {
    check("cache", CACHE);
}

#[test]
fn accumulating_listeners_grow_and_removed_ones_stay_flat() {
    check("listeners", LISTENERS);
}

#[test]
fn closures_capturing_large_objects_grow_and_small_captures_stay_flat() {
    check("closures", CLOSURES);
}
