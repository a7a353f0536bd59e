//! The runtime's trace events as the UI reads them (the schema is ARCHITECTURE.md "Trace
//! schema"; the runtime writes it with serde in `loopscope_core::trace`). Unknown event types
//! and fields are ignored, so an older UI keeps working with a newer runtime.

use serde::Deserialize;

/// A 1-based source position in the user's program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Pos {
    /// Line.
    pub line: u32,
    /// Column.
    pub col: u32,
}

/// One trace event.
#[derive(Debug, Clone, Deserialize)]
pub struct Event {
    /// Clock time since the run started.
    pub t_ns: u64,
    /// Loop iteration.
    pub iter: u64,
    /// Phase name (`main`, `timers`, `pending`, `idle`, `prepare`, `poll`, `check`, `close`,
    /// `before_exit`, `exit`).
    pub phase: String,
    /// The worker thread (0: the main thread), when the run has worker isolates.
    #[serde(default)]
    pub worker: u32,
    /// The cluster worker process (0: the primary).
    #[serde(default)]
    pub process: u32,
    /// The payload.
    #[serde(flatten)]
    pub kind: Kind,
}

/// What happened.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    /// The run began.
    RunStart {},
    /// An iteration began.
    LoopIteration,
    /// The loop entered a phase.
    PhaseEnter,
    /// The loop left a phase.
    PhaseLeave,
    /// Poll waited.
    PollWait {
        /// Milliseconds.
        ms: u64,
    },
    /// A callback entered its queue.
    Scheduled {
        /// Callback id.
        cb: u64,
        /// Callback kind.
        kind: String,
        /// Scheduling callback.
        by: Option<u64>,
        /// Scheduling call's position.
        at: Option<Pos>,
        /// Function name.
        name: Option<String>,
    },
    /// A timer was armed.
    TimerArmed {
        /// Callback id.
        cb: u64,
        /// Duration after coercion.
        ms: u64,
        /// Loop time it is due.
        due_ms: u64,
    },
    /// Cancelled before running.
    Cleared {
        /// Callback id.
        cb: u64,
    },
    /// ref / unref.
    RefChanged {},
    /// A callback started.
    CallbackStart {
        /// Callback id.
        cb: u64,
        /// Callback kind.
        kind: String,
    },
    /// A callback ended, with the memory sample after it.
    CallbackEnd {
        /// Whether it threw.
        #[serde(default)]
        threw: bool,
        /// Heap without Buffer contents.
        #[serde(default)]
        heap_bytes: u64,
        /// Live Buffer bytes.
        #[serde(default)]
        external_bytes: u64,
        /// The host's whole memory (wasm memory), when reported.
        total_bytes: Option<u64>,
    },
    /// A queue began draining.
    DrainStart {
        /// `ticks` or `microtasks`.
        queue: String,
        /// Entries.
        len: usize,
    },
    /// A drain ended.
    DrainEnd {},
    /// Console output.
    Output {
        /// `stdout` or `stderr`.
        stream: String,
        /// The text.
        text: String,
        /// Printing call's position.
        at: Option<Pos>,
    },
    /// An uncaught exception or unhandled rejection.
    Uncaught {
        /// Description.
        message: String,
        /// Origin.
        origin: String,
        /// Taken by a process handler.
        handled: bool,
    },
    /// A task entered the thread pool.
    PoolQueued {
        /// Task id (= its completion callback's id).
        task: u64,
        /// API.
        api: String,
        /// Scheduling call's position.
        at: Option<Pos>,
        /// Pool threads.
        size: usize,
    },
    /// A thread picked a task up.
    PoolStarted {
        /// Task id.
        task: u64,
        /// Thread index.
        thread: usize,
        /// When.
        at_ns: u64,
        /// Web Worker that ran it.
        executor: Option<String>,
    },
    /// A thread finished a task.
    PoolFinished {
        /// Task id.
        task: u64,
        /// When.
        at_ns: u64,
    },
    /// An OS-async operation started.
    IoStarted {
        /// Operation id (= its callback's id).
        op: u64,
        /// API.
        api: String,
        /// When it completes.
        due_ns: u64,
    },
    /// Stream activity.
    Stream {
        /// Stream id.
        stream: u64,
        /// What happened.
        what: String,
        /// Details (type, name, highWaterMark, objectMode, length, side).
        #[serde(default)]
        info: serde_json::Value,
    },
    /// A limit ended the run.
    LimitExceeded {
        /// Which.
        limit: String,
        /// Explanation.
        message: String,
    },
    /// The run ended.
    Exit {
        /// Exit code.
        code: i32,
    },
    /// An event type this UI does not know.
    #[serde(other)]
    Other,
}

/// Parses a batch (a JSON array of events). Events that do not parse are skipped, never fatal.
pub fn parse_batch(json: &str) -> Vec<Event> {
    if let Ok(all) = serde_json::from_str::<Vec<Event>>(json) {
        return all;
    }
    match serde_json::from_str::<Vec<serde_json::Value>>(json) {
        Ok(values) => values
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        Err(_) => Vec::new(),
    }
}
