//! The trace: one serde-serializable [`Event`] per thing the loop did, in order. Hosts drain
//! events with [`crate::Runtime::take_events`] and send them on (CLI: JSON / Chrome trace files;
//! web: postMessage batches). Views are rebuilt from events alone, so every queue change is an
//! event: a callback is *scheduled* (enters a queue), *starts* (leaves it) and *ends*.
//! The schema is documented in ARCHITECTURE.md.

use serde::Serialize;

/// Event-loop phases in libuv's order, plus the stretches outside the loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Running the main module.
    Main,
    /// Expired timers.
    Timers,
    /// I/O callbacks deferred from the previous iteration.
    Pending,
    /// libuv idle handles (internal).
    Idle,
    /// libuv prepare handles (internal).
    Prepare,
    /// Waiting for and delivering I/O and thread-pool completions.
    Poll,
    /// `setImmediate` callbacks.
    Check,
    /// 'close' callbacks of abruptly closed handles.
    Close,
    /// `process.on('beforeExit')` handlers, when the loop ran dry.
    BeforeExit,
    /// `process.on('exit')` handlers.
    Exit,
}

/// What kind of callback (or queue entry) an event talks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallbackKind {
    /// The main module body.
    Main,
    /// `setTimeout`.
    Timeout,
    /// `setInterval`.
    Interval,
    /// `setImmediate`.
    Immediate,
    /// `process.nextTick`.
    Tick,
    /// A promise reaction job (then/catch/finally/await continuation).
    Promise,
    /// `queueMicrotask`.
    Microtask,
    /// A thread-pool task's completion callback (delivered in the poll phase).
    Pool,
    /// An OS-async operation's completion callback (poll phase, no thread pool).
    Io,
    /// A socket readiness callback (poll phase: connection, connect, data, EOF, shutdown).
    Net,
    /// A closed handle's callback (close phase).
    Close,
    /// A `worker_threads` port message or worker event (poll phase).
    Message,
    /// A 'beforeExit' emission.
    BeforeExit,
    /// An 'exit' emission.
    Exit,
}

/// Which queue drain an event refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Queue {
    /// The `process.nextTick` queue.
    Ticks,
    /// The promise / `queueMicrotask` job queue.
    Microtasks,
}

/// Output stream of a console line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stream {
    /// File descriptor 1.
    Stdout,
    /// File descriptor 2.
    Stderr,
}

/// A source position (1-based line and column) in the user's program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SourcePos {
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub col: u32,
}

/// One trace event. `seq` is dense from 0; `t_ns` is loop-clock time since the run started.
#[derive(Debug, Clone, Serialize)]
pub struct Event {
    /// Sequence number.
    pub seq: u64,
    /// Clock time in nanoseconds since the start of the run.
    pub t_ns: u64,
    /// Loop iteration (0 = main script and the first timers pass).
    pub iter: u64,
    /// Phase the loop was in.
    pub phase: Phase,
    /// The isolate: 0 for the main thread, else the `worker_threads` thread id.
    #[serde(skip_serializing_if = "is_main_thread")]
    pub worker: u32,
    /// The process: 0 for the primary, else the `cluster` worker id.
    #[serde(skip_serializing_if = "is_main_thread")]
    pub process: u32,
    /// What happened.
    #[serde(flatten)]
    pub kind: EventKind,
}

/// The payload of an [`Event`].
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventKind {
    /// The run began.
    RunStart {
        /// Main module path.
        file: String,
        /// "virtual" or "real".
        clock: &'static str,
    },
    /// A loop iteration began (its phases follow in libuv's fixed order; phases where nothing
    /// happens get no enter/leave events).
    LoopIteration,
    /// The loop entered a phase in which something happens (a callback runs, poll waits).
    PhaseEnter,
    /// The loop left a phase.
    PhaseLeave,
    /// Poll phase waited (virtual time jumped / host slept) for this long.
    PollWait {
        /// Milliseconds waited.
        ms: u64,
    },
    /// A callback entered a queue.
    Scheduled {
        /// Callback id (unique in the run).
        cb: u64,
        /// Its kind.
        kind: CallbackKind,
        /// Callback that was running when this one was scheduled.
        by: Option<u64>,
        /// Where in the user's source the scheduling call was made.
        #[serde(skip_serializing_if = "Option::is_none")]
        at: Option<SourcePos>,
        /// Name of the JavaScript function that will run, if it has one.
        #[serde(skip_serializing_if = "Option::is_none")]
        name: Option<String>,
    },
    /// A timer was armed (setTimeout/setInterval, interval re-arm, refresh).
    TimerArmed {
        /// Callback id.
        cb: u64,
        /// Duration in ms after coercion.
        ms: u64,
        /// Loop time (ms) it becomes due.
        due_ms: u64,
        /// Whether it repeats.
        repeat: bool,
    },
    /// A timer or immediate was cancelled before running.
    Cleared {
        /// Callback id.
        cb: u64,
    },
    /// A timer's or immediate's ref state changed (affects loop liveness).
    RefChanged {
        /// Callback id.
        cb: u64,
        /// New state.
        refed: bool,
    },
    /// A callback started running.
    CallbackStart {
        /// Callback id.
        cb: u64,
        /// Its kind.
        kind: CallbackKind,
    },
    /// A callback finished; carries the memory sample taken right after it.
    CallbackEnd {
        /// Callback id.
        cb: u64,
        /// Whether it threw.
        threw: bool,
        /// Heap bytes in use after it (Buffer contents excluded, as in Node's `heapUsed`).
        heap_bytes: u64,
        /// Bytes outside the JS heap (live Buffer backing stores) after it.
        external_bytes: u64,
        /// All memory the host reserved (the web host: wasm memory size), when it reports it.
        #[serde(skip_serializing_if = "Option::is_none")]
        total_bytes: Option<u64>,
    },
    /// The nextTick or microtask queue began draining.
    DrainStart {
        /// Which queue.
        queue: Queue,
        /// How many entries it held.
        len: usize,
    },
    /// A drain ended.
    DrainEnd {
        /// Which queue.
        queue: Queue,
    },
    /// Console / process.stdout output.
    Output {
        /// stdout or stderr.
        stream: Stream,
        /// The text written.
        text: String,
        /// Callback that printed it.
        cb: Option<u64>,
        /// Where in the user's source the printing call was made.
        #[serde(skip_serializing_if = "Option::is_none")]
        at: Option<SourcePos>,
    },
    /// An uncaught exception or unhandled rejection.
    Uncaught {
        /// Printable description.
        message: String,
        /// 'uncaughtException' or 'unhandledRejection'.
        origin: &'static str,
        /// Whether a process handler took it.
        handled: bool,
    },
    /// A task entered the thread pool's queue (its completion callback is `task`).
    PoolQueued {
        /// Task id (also the id of its completion callback).
        task: u64,
        /// API that queued it (`crypto.pbkdf2`, `fs.readFile`, …).
        api: &'static str,
        /// Callback that was running.
        by: Option<u64>,
        /// Where in the user's source.
        #[serde(skip_serializing_if = "Option::is_none")]
        at: Option<SourcePos>,
        /// Threads in the pool (`UV_THREADPOOL_SIZE`).
        size: usize,
        /// Tasks waiting for a thread after this one was queued.
        queued: usize,
    },
    /// A pool thread picked a task up (at virtual time `at_ns`).
    PoolStarted {
        /// Task id.
        task: u64,
        /// Thread index (0-based).
        thread: usize,
        /// When it started.
        at_ns: u64,
        /// What runs this pool thread in the host, e.g. `web-worker-2` (absent when the task
        /// runs inline on the runtime's own thread).
        #[serde(skip_serializing_if = "Option::is_none")]
        executor: Option<String>,
        /// Busy threads after the change.
        busy: usize,
        /// Tasks still waiting.
        queued: usize,
    },
    /// A pool thread finished a task (its callback waits for the poll phase).
    PoolFinished {
        /// Task id.
        task: u64,
        /// Thread index.
        thread: usize,
        /// When it finished.
        at_ns: u64,
        /// Busy threads after the change.
        busy: usize,
        /// Tasks still waiting.
        queued: usize,
    },
    /// An OS-async operation started (e.g. `dns.resolve4` through c-ares); it completes at
    /// `due_ns` and its callback (`op`) runs in the poll phase after that.
    IoStarted {
        /// Operation id (also its callback's id).
        op: u64,
        /// API that started it.
        api: &'static str,
        /// Callback that was running.
        by: Option<u64>,
        /// Where in the user's source.
        #[serde(skip_serializing_if = "Option::is_none")]
        at: Option<SourcePos>,
        /// When it completes.
        due_ns: u64,
    },
    /// A stream changed: created, buffered length changed, `write()` returned false, 'drain',
    /// 'end', 'finish', 'close', 'error', pipe. `info` holds the stream's type, name,
    /// highWaterMark, objectMode and buffered `length` (and which `side` for duplexes).
    Stream {
        /// Stream id (stable for the run).
        stream: u64,
        /// What happened: `create`, `buffer`, `write-false`, `drain`, `end`, `finish`, `close`,
        /// `error`, `pipe`.
        what: String,
        /// Details.
        info: serde_json::Value,
    },
    /// The loopback network changed: a TCP handle started listening (`listen`), connected
    /// or was refused (`connect`, `refused`), sent bytes (`data`), its FIN (`fin`) or a reset
    /// (`reset`), or was closed (`close`). Deliveries run as callbacks of kind `net` in the
    /// poll phase (close callbacks: kind `close`, close phase).
    Net {
        /// The handle.
        handle: u64,
        /// What happened.
        what: &'static str,
        /// Bytes sent.
        #[serde(skip_serializing_if = "is_zero")]
        bytes: usize,
        /// When it reaches the other end.
        #[serde(skip_serializing_if = "Option::is_none")]
        due_ns: Option<u64>,
        /// Port (listen, connect).
        #[serde(skip_serializing_if = "Option::is_none")]
        port: Option<u16>,
        /// Bytes this handle sent that its peer has not read yet.
        in_flight: usize,
        /// Callback that was running.
        by: Option<u64>,
    },
    /// A limit ended the run.
    LimitExceeded {
        /// Which limit.
        limit: &'static str,
        /// Human-readable explanation.
        message: String,
    },
    /// The run ended.
    Exit {
        /// Process exit code.
        code: i32,
    },
}

/// Collects events in order.
fn is_main_thread(t: &u32) -> bool {
    *t == 0
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

#[derive(Debug, Default)]
pub(crate) struct Tracer {
    pub enabled: bool,
    pub next_seq: u64,
    pub events: Vec<Event>,
}

impl Tracer {
    pub fn push(
        &mut self,
        (process, thread): (u32, u32),
        t_ns: u64,
        iter: u64,
        phase: Phase,
        kind: EventKind,
    ) {
        if !self.enabled {
            return;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.events.push(Event {
            seq,
            t_ns,
            iter,
            phase,
            worker: thread,
            process,
            kind,
        });
    }
}
