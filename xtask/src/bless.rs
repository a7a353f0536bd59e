//! `cargo xtask bless [FILTER]`: runs every corpus snippet (tests/corpus/**/*.js, or those whose
//! path contains FILTER) under the `node` on this machine 10 times and writes
//! `<name>.node.json` beside it with every distinct (stdout, exit code) variant seen.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

const RUNS: usize = 10;

pub fn snippets(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            snippets(&p, out);
        } else if p.extension().is_some_and(|e| e == "js" || e == "mjs") {
            out.push(p);
        }
    }
}

fn record(file: &Path, node_version: &str) -> Result<(), String> {
    let mut variants: Vec<(String, i32, u32)> = Vec::new();
    for _ in 0..RUNS {
        let out = Command::new("node")
            .arg(file)
            .current_dir(file.parent().unwrap_or(Path::new(".")))
            .env_remove("NODE_OPTIONS")
            .output()
            .map_err(|e| format!("cannot run node: {e}"))?;
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let code = out.status.code().unwrap_or(-1);
        match variants.iter_mut().find(|v| v.0 == stdout && v.1 == code) {
            Some(v) => v.2 += 1,
            None => variants.push((stdout, code, 1)),
        }
    }
    variants.sort_by_key(|v| std::cmp::Reverse(v.2));
    let json = serde_json::json!({
        "node": node_version,
        "runs": RUNS,
        "variants": variants.iter().map(|(s, c, n)| serde_json::json!({
            "stdout": s, "exit_code": c, "seen": n
        })).collect::<Vec<_>>(),
    });
    let dest = file.with_extension("node.json");
    let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())? + "\n";
    std::fs::write(&dest, text).map_err(|e| format!("{}: {e}", dest.display()))?;
    if variants.len() > 1 {
        eprintln!("bless: {} has {} variants", file.display(), variants.len());
    }
    Ok(())
}

pub fn bless(filter: Option<&str>) -> Result<(), String> {
    let version = Command::new("node")
        .arg("--version")
        .output()
        .map_err(|e| format!("node is required to bless: {e}"))?;
    let version = String::from_utf8_lossy(&version.stdout).trim().to_owned();
    let mut files = Vec::new();
    snippets(&crate::root().join("tests/corpus"), &mut files);
    files.retain(|f| filter.is_none_or(|flt| f.to_string_lossy().contains(flt)));
    eprintln!(
        "bless: recording {} snippets with node {version} ({RUNS} runs each)",
        files.len()
    );
    let queue = Arc::new(Mutex::new(files));
    let errors = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..4)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let errors = Arc::clone(&errors);
            let version = version.clone();
            std::thread::spawn(move || loop {
                let next = queue.lock().ok().and_then(|mut q| q.pop());
                let Some(f) = next else { break };
                if let Err(e) = record(&f, &version) {
                    if let Ok(mut errs) = errors.lock() {
                        errs.push(e);
                    }
                }
            })
        })
        .collect();
    for w in workers {
        let _ = w.join();
    }
    let errors = errors.lock().map(|e| e.clone()).unwrap_or_default();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}
