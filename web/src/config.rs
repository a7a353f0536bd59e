//! The options a page passes to `Playground` / `run()` (camelCase JSON, documented in
//! web/README.md), turned into the core's [`RunOptions`]. They mirror the CLI's flags.

use loopscope_core::{ClockMode, RunOptions};
use serde::Deserialize;

/// Heap limit of browser runs unless the page sets one: below what a 32-bit wasm memory can
/// reach, so the core's own limit ends a memory bomb with a message before the allocator fails.
pub const DEFAULT_MAX_HEAP_MB: u64 = 512;

/// Run options from the page. Every field is optional.
#[derive(Debug, Default, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PageOptions {
    /// `"virtual"` (default) or `"real"`.
    pub clock: Option<String>,
    /// Virtual ms between the main script and the first timers pass.
    pub loop_entry_latency_ms: Option<u64>,
    /// `UV_THREADPOOL_SIZE` (1..=1024).
    pub threadpool_size: Option<u32>,
    /// Virtual cost of one bytecode instruction.
    pub ns_per_instruction: Option<u64>,
    /// Instruction budget.
    pub max_instructions: Option<u64>,
    /// Time budget (ms).
    pub max_time_ms: Option<u64>,
    /// nextTick / microtask callbacks in a row before starvation is reported.
    pub max_drain_jobs: Option<u64>,
    /// Heap limit (MiB).
    pub max_heap_mb: Option<u64>,
    /// Loop callbacks the run may execute.
    pub max_callbacks: Option<u64>,
    /// Define `global.gc()`.
    pub expose_gc: Option<bool>,
    /// Seed of `Math.random()` in virtual runs.
    pub seed: Option<u64>,
    /// CPUs of the simulated machine (`os.cpus().length`).
    pub cpus: Option<u32>,
    /// Record the trace (default true).
    pub trace: Option<bool>,
    /// Path of the main module (`.mjs` runs it as an ES module). Default
    /// `/home/loopscope/main.js`.
    pub filename: Option<String>,
    /// `process.argv` after the script.
    pub argv: Option<Vec<String>>,
    /// Extra `process.env` entries.
    pub env: Option<std::collections::BTreeMap<String, String>>,
    /// Start paused: nothing runs until `step()` or `resume()`.
    pub paused: Option<bool>,
    /// For the browser tests: make the worker fail on purpose (`"panic"`: a Rust panic,
    /// `"trap"`: a wasm trap, as an allocation failure would end) so the page's recovery can
    /// be checked.
    pub crash_test: Option<String>,
}

/// Default main-module path.
pub const DEFAULT_FILENAME: &str = "/home/loopscope/main.js";

impl PageOptions {
    /// Parses the page's JSON; unknown keys are ignored, wrong types are an error.
    pub fn from_json(json: &str) -> Result<Self, String> {
        if json.trim().is_empty() {
            return Ok(Self::default());
        }
        serde_json::from_str(json).map_err(|e| format!("invalid run options: {e}"))
    }

    /// Whether a runtime built with the default options serves this run (only the main
    /// module's name, the start state and the crash test differ).
    pub fn uses_default_runtime(&self) -> bool {
        let mut p = self.clone();
        p.filename = None;
        p.paused = None;
        p.crash_test = None;
        p == Self::default()
    }

    /// Whether the run uses the real clock.
    pub fn real_clock(&self) -> bool {
        self.clock.as_deref() == Some("real")
    }

    /// The main module's path.
    pub fn filename(&self) -> String {
        self.filename
            .clone()
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| DEFAULT_FILENAME.to_owned())
    }

    /// The core's options.
    pub fn run_options(&self) -> Result<RunOptions, String> {
        let mut o = RunOptions::default();
        match self.clock.as_deref() {
            None | Some("virtual") => o.clock = ClockMode::Virtual,
            Some("real") => o.clock = ClockMode::Real,
            Some(other) => {
                return Err(format!(
                    "invalid run options: clock must be \"virtual\" or \"real\", not {other:?}"
                ))
            }
        }
        o.loop_entry_latency_ms = self.loop_entry_latency_ms;
        if let Some(n) = self.ns_per_instruction {
            o.ns_per_instruction = n;
        }
        let l = &mut o.limits;
        if let Some(n) = self.max_instructions {
            l.max_instructions = n;
        }
        if let Some(n) = self.max_time_ms {
            l.max_time_ms = n;
        }
        if let Some(n) = self.max_drain_jobs {
            l.max_drain_jobs = n;
        }
        l.max_heap_bytes = self
            .max_heap_mb
            .unwrap_or(DEFAULT_MAX_HEAP_MB)
            .saturating_mul(1024 * 1024);
        if let Some(n) = self.max_callbacks {
            l.max_callbacks = n;
        }
        o.expose_gc = self.expose_gc.unwrap_or(false);
        if let Some(n) = self.cpus {
            o.cpus = n.clamp(1, 1024);
        }
        if let Some(s) = self.seed {
            o.seed = s;
        }
        o.trace = self.trace.unwrap_or(true);
        if let Some(a) = &self.argv {
            o.argv.clone_from(a);
        }
        if let Some(n) = self.threadpool_size {
            if !(1..=1024).contains(&n) {
                return Err(format!(
                    "invalid run options: threadpoolSize must be 1..1024, not {n}"
                ));
            }
            o.env.push(("UV_THREADPOOL_SIZE".into(), n.to_string()));
        }
        if let Some(env) = &self.env {
            for (k, v) in env {
                o.env.retain(|(ek, _)| ek != k);
                o.env.push((k.clone(), v.clone()));
            }
        }
        Ok(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_match_the_cli_except_the_heap() {
        let p = PageOptions::from_json("{}").expect("parses");
        let o = p.run_options().expect("valid");
        let cli = RunOptions::default();
        assert_eq!(o.clock, cli.clock);
        assert_eq!(o.limits.max_instructions, cli.limits.max_instructions);
        assert_eq!(o.limits.max_heap_bytes, DEFAULT_MAX_HEAP_MB * 1024 * 1024);
        assert_eq!(p.filename(), DEFAULT_FILENAME);
    }

    #[test]
    fn options_map_to_the_core() {
        let p = PageOptions::from_json(
            r#"{"clock":"real","threadpoolSize":5,"loopEntryLatencyMs":0,"maxHeapMb":64,
                "env":{"A":"b"},"filename":"/x/main.mjs","unknown":1}"#,
        )
        .expect("parses");
        let o = p.run_options().expect("valid");
        assert!(p.real_clock());
        assert_eq!(o.clock, ClockMode::Real);
        assert_eq!(o.loop_entry_latency_ms, Some(0));
        assert_eq!(o.limits.max_heap_bytes, 64 * 1024 * 1024);
        assert!(o.env.contains(&("UV_THREADPOOL_SIZE".into(), "5".into())));
        assert!(o.env.contains(&("A".into(), "b".into())));
        assert_eq!(p.filename(), "/x/main.mjs");
    }

    #[test]
    fn default_runtime_serves_runs_that_change_only_the_file() {
        let p = PageOptions::from_json(r#"{"filename":"/a.mjs","paused":true}"#).expect("parses");
        assert!(p.uses_default_runtime());
        let q = PageOptions::from_json(r#"{"threadpoolSize":2}"#).expect("parses");
        assert!(!q.uses_default_runtime());
    }

    #[test]
    fn bad_options_are_errors() {
        assert!(PageOptions::from_json(r#"{"clock":"wall"}"#)
            .expect("parses")
            .run_options()
            .is_err());
        assert!(PageOptions::from_json(r#"{"threadpoolSize":0}"#)
            .expect("parses")
            .run_options()
            .is_err());
        assert!(PageOptions::from_json(r#"{"maxTimeMs":"soon"}"#).is_err());
    }
}
