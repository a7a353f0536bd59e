//! The conformance corpus harness: finds snippets under `tests/corpus/`, runs them through
//! the core in virtual time and compares stdout and exit code with what real Node printed
//! (`<name>.node.json`, recorded by `cargo xtask bless`).

use std::path::{Path, PathBuf};

use loopscope_core::{run_captured, CapturedRun, RunOptions};
use serde::Deserialize;

/// One recorded Node behaviour.
#[derive(Debug, Clone, Deserialize)]
pub struct Variant {
    /// stdout Node printed.
    pub stdout: String,
    /// Node's exit code.
    pub exit_code: i32,
    /// How many of the recorded runs printed this.
    pub seen: u32,
}

/// The `.node.json` file.
#[derive(Debug, Clone, Deserialize)]
pub struct Expected {
    /// Node version that recorded it.
    pub node: String,
    /// Runs recorded.
    pub runs: u32,
    /// Distinct behaviours.
    pub variants: Vec<Variant>,
}

/// Root of the corpus.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// All snippets, sorted.
pub fn snippets() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "js" || e == "mjs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&corpus_dir(), &mut out);
    out
}

/// Reads the expectation of a snippet.
pub fn expected(snippet: &Path) -> Result<Expected, String> {
    let p = snippet.with_extension("node.json");
    let text = std::fs::read_to_string(&p)
        .map_err(|e| format!("{}: {e} (run `cargo xtask bless`)", p.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))
}

/// Runs a snippet in the core (virtual clock, trace on) on a thread with a large stack.
pub fn run_snippet(snippet: &Path, opts: RunOptions) -> Result<CapturedRun, String> {
    let source = std::fs::read_to_string(snippet).map_err(|e| e.to_string())?;
    let path = snippet.display().to_string();
    std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || run_captured(&path, &source, opts).map_err(|e| e.to_string()))
        .map_err(|e| e.to_string())?
        .join()
        .map_err(|_| "the runtime panicked".to_owned())?
}

/// The corpus-relative name of a snippet (`ordering/foo.js`).
pub fn name(snippet: &Path) -> String {
    snippet
        .strip_prefix(corpus_dir())
        .unwrap_or(snippet)
        .display()
        .to_string()
}

/// Compares a run with the expectation; `Err` holds a readable diff.
pub fn check(run: &CapturedRun, exp: &Expected) -> Result<(), String> {
    if exp
        .variants
        .iter()
        .any(|v| v.stdout == run.stdout && v.exit_code == run.outcome.exit_code)
    {
        return Ok(());
    }
    let v = &exp.variants[0];
    let mut msg = String::new();
    if v.exit_code != run.outcome.exit_code {
        msg.push_str(&format!(
            "exit code: node {} loopscope {}\n",
            v.exit_code, run.outcome.exit_code
        ));
    }
    if v.stdout != run.stdout {
        let el: Vec<&str> = v.stdout.lines().collect();
        let al: Vec<&str> = run.stdout.lines().collect();
        let first = el
            .iter()
            .zip(al.iter())
            .position(|(a, b)| a != b)
            .unwrap_or(el.len().min(al.len()));
        msg.push_str(&format!(
            "stdout differs at line {}:\n  node:      {:?}\n  loopscope: {:?}\n",
            first + 1,
            el.get(first).copied().unwrap_or("<end>"),
            al.get(first).copied().unwrap_or("<end>")
        ));
    }
    if !run.stderr.is_empty() {
        let tail: String = run
            .stderr
            .lines()
            .take(6)
            .collect::<Vec<_>>()
            .join("\n    ");
        msg.push_str(&format!("  stderr: {tail}\n"));
    }
    Err(msg)
}
