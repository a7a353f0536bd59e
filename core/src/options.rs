//! Run options: the time model and the limits that keep bad input from hanging or exhausting
//! the host. Every host (CLI, web worker, tests) builds a [`RunOptions`] and hands it to
//! [`crate::Runtime::new`].

use serde::{Deserialize, Serialize};

/// Which clock drives the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ClockMode {
    /// Deterministic virtual time: executing JavaScript advances time by the cost model
    /// ([`RunOptions::ns_per_instruction`]); idle time jumps straight to the next due timer.
    #[default]
    Virtual,
    /// Wall-clock time from the host's [`crate::HostClock`]; the host sleeps when the loop blocks.
    Real,
}

/// Limits that end a run with a clear error instead of a hang, a crash or an exhausted machine.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Limits {
    /// Bytecode instructions the whole run may execute (boa's per-instruction counter).
    pub max_instructions: u64,
    /// Virtual (or real) milliseconds the run may last, counted from its start.
    pub max_time_ms: u64,
    /// Consecutive nextTick / microtask jobs run without the loop making progress before the run
    /// is reported as starving the event loop.
    pub max_drain_jobs: u64,
    /// Heap bytes (as counted by [`crate::memory::CountingAllocator`]) the run may use.
    pub max_heap_bytes: u64,
    /// Loop callbacks (timers, immediates, I/O) the run may execute.
    pub max_callbacks: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_instructions: 400_000_000,
            max_time_ms: 600_000,
            max_drain_jobs: 1_000_000,
            max_heap_bytes: 1024 * 1024 * 1024,
            max_callbacks: 2_000_000,
        }
    }
}

/// Everything a host can choose about one run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunOptions {
    /// Virtual (default) or real clock.
    pub clock: ClockMode,
    /// Virtual nanoseconds one bytecode instruction costs (virtual clock only).
    pub ns_per_instruction: u64,
    /// Virtual milliseconds between the end of the main script and the loop's first timers pass.
    /// `None` (default) picks what real Node does most often on this machine: 1 ms for a
    /// CommonJS main (Node does more start-up work after it, so a top-level `setTimeout(0)`
    /// usually beats `setImmediate`), 0 ms for an ES module main (evaluated last, so the
    /// immediate wins). Set it to show the other legal order.
    pub loop_entry_latency_ms: Option<u64>,
    /// Record trace events (console output is always produced).
    pub trace: bool,
    /// Limits; see [`Limits`].
    pub limits: Limits,
    /// `process.argv` after the executable and script path.
    pub argv: Vec<String>,
    /// `process.env` (the host decides what to expose; virtual runs default to a small fixed set).
    pub env: Vec<(String, String)>,
    /// `process.cwd()`.
    pub cwd: String,
    /// Expose `global.gc()` (like `node --expose-gc`).
    pub expose_gc: bool,
    /// Seed of `Math.random()` (and other randomness) in virtual-clock runs, so they repeat
    /// exactly. Real-clock runs use the engine's own randomness.
    pub seed: u64,
    /// CPUs the simulated machine has (`os.cpus().length`; the cluster examples fork one
    /// worker per CPU).
    pub cpus: u32,
    /// Extra one-way latency of the simulated loopback network, in µs (default 0: as on a
    /// real loopback, bytes are in the peer's buffer when the sending call returns).
    pub net_latency_us: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        Self {
            clock: ClockMode::Virtual,
            ns_per_instruction: 50,
            loop_entry_latency_ms: None,
            trace: true,
            limits: Limits::default(),
            argv: Vec::new(),
            env: vec![
                ("HOME".into(), "/home/loopscope".into()),
                ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
                ("USER".into(), "loopscope".into()),
            ],
            cwd: "/home/loopscope".into(),
            expose_gc: false,
            seed: 0x6c6f_6f70_7363_6f70,
            cpus: 4,
            net_latency_us: 0,
        }
    }
}
