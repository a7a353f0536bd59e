//! Runs every corpus snippet through the core and compares stdout and exit code with what real
//! Node printed. Snippets listed in `corpus/known_failures.txt` must still fail (so the list
//! shrinks as they are fixed); everything else must pass.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use loopscope_core::{memory::CountingAllocator, RunOptions};
use loopscope_tests::{check, corpus_dir, expected, name, run_snippet, snippets};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

fn known_failures() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(corpus_dir().join("known_failures.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, why) = l.split_once('#').unwrap_or((l, ""));
            (name.trim().to_owned(), why.trim().to_owned())
        })
        .collect()
}

#[test]
fn corpus_matches_node() {
    let all = snippets();
    assert!(all.len() >= 150, "corpus has only {} snippets", all.len());
    let queue = Arc::new(Mutex::new(all.clone()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..std::thread::available_parallelism().map_or(2, |n| n.get()))
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            std::thread::spawn(move || loop {
                let next = queue.lock().expect("queue").pop();
                let Some(s) = next else { break };
                let verdict = expected(&s).and_then(|exp| {
                    let run = run_snippet(&s, RunOptions::default())?;
                    check(&run, &exp)
                });
                results.lock().expect("results").push((name(&s), verdict));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let mut results = results.lock().expect("results").clone();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let known = known_failures();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let (mut passed, mut failed) = (0, 0);
    for (n, r) in &results {
        match (r, known.contains_key(n)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => fixed.push(n.clone()),
            (Err(_), true) => failed += 1,
            (Err(e), false) => unexpected.push(format!("FAIL {n}\n{e}")),
        }
    }
    for n in known.keys() {
        if !results.iter().any(|(m, _)| m == n) {
            fixed.push(format!("{n} (no such snippet)"));
        }
    }
    println!(
        "corpus: {} snippets, {passed} match node, {failed} known failures, {} unexpected failures, {} known failures now pass",
        results.len(),
        unexpected.len(),
        fixed.len()
    );
    for u in &unexpected {
        println!("{u}");
    }
    assert!(
        unexpected.is_empty(),
        "{} snippets differ from node",
        unexpected.len()
    );
    assert!(
        fixed.is_empty(),
        "remove these from corpus/known_failures.txt, they pass now: {fixed:?}"
    );
}
