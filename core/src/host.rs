//! Shared run state reachable from native functions: the clock, the queues the loop owns
//! (nextTick, microtasks, immediates, timers), the tracer and the output sink. Stored in the
//! boa `Context` as host data so natives can reach it; the [`crate::Runtime`] holds the same
//! `Rc`. Never hold a borrow of any cell here across a call into JavaScript.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use boa_engine::error::PanicError;
use boa_engine::job::Job;
use boa_engine::{Context, JsError, JsObject, JsValue};

use crate::clock::LoopClock;
use crate::idmap::IdMap;
use crate::options::RunOptions;
use crate::timers::Timers;
use crate::trace::{CallbackKind, EventKind, Phase, SourcePos, Stream, Tracer};

/// Where program output goes (the CLI writes to its own stdout/stderr; tests capture).
pub trait OutputSink {
    /// Writes `text` to the given stream.
    fn write(&mut self, stream: Stream, text: &str);
}

/// Why the run must stop unwinding JavaScript right now (an uncatchable stop).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interrupt {
    /// `process.exit(code)` or a fatal uncaught exception; 'exit' handlers already ran.
    Exit(i32),
    /// A limit was exceeded.
    Limit {
        /// Which limit (`instructions`, `time`, `starvation`, `heap`, `callbacks`).
        limit: &'static str,
        /// Explanation for the user.
        message: String,
    },
}

/// Output of a worker isolate: written to its parent's sink (and so to the run's output).
pub(crate) struct ParentOut(pub std::rc::Weak<Host>);

impl OutputSink for ParentOut {
    fn write(&mut self, stream: Stream, text: &str) {
        if let Some(h) = self.0.upgrade() {
            h.out.borrow_mut().write(stream, text);
        }
    }
}

/// A queued `process.nextTick` callback.
pub(crate) struct Tick {
    pub id: u64,
    pub callback: JsValue,
    pub args: Vec<JsValue>,
}

/// A queued microtask (boa promise job or `queueMicrotask`).
pub(crate) struct Micro {
    pub id: u64,
    pub kind: CallbackKind,
    pub job: Job,
}

/// A queued `setImmediate`.
pub(crate) struct Immediate {
    pub obj: JsObject,
    pub callback: JsValue,
    pub args: Vec<JsValue>,
    pub refed: bool,
}

/// The mutable part of the loop state.
pub(crate) struct LoopState {
    pub phase: Phase,
    pub iter: u64,
    /// Cached loop time in ms (libuv's `loop->time`).
    pub loop_time: u64,
    pub current_cb: Option<u64>,
    pub next_id: u64,
    pub timers: Timers,
    pub immediates: VecDeque<u64>,
    pub immediate_entries: IdMap<Immediate>,
    pub immediate_refed: usize,
    pub callbacks_run: u64,
}

/// Everything natives and the loop share.
pub(crate) struct Host {
    pub clock: LoopClock,
    pub opts: RunOptions,
    pub st: RefCell<LoopState>,
    pub tracer: Rc<RefCell<Tracer>>,
    pub out: RefCell<Box<dyn OutputSink>>,
    pub ticks: RefCell<VecDeque<Tick>>,
    pub micro: RefCell<VecDeque<Micro>>,
    /// (operation: 0 = rejected without handler, 1 = handler added later, promise)
    pub rejections: RefCell<Vec<(u8, JsObject)>>,
    pub interrupt: RefCell<Option<Interrupt>>,
    /// Instruction counter value at the last sync.
    pub last_remaining: Cell<u64>,
    /// Instructions executed so far.
    pub instructions: Cell<u64>,
    /// Path of the main module, to find user frames in stack traces.
    pub main_path: RefCell<String>,
    /// Whether the current phase's `phase_enter` event has been recorded.
    pub phase_announced: Cell<bool>,
    /// Lines the main module's wrapper adds in front of the source (1 for CommonJS, 0 for ESM).
    pub line_offset: Cell<u32>,
    /// Pending boa host jobs (module loading futures).
    pub async_jobs: RefCell<VecDeque<boa_engine::job::NativeAsyncJob>>,
    /// An ES main module's evaluation failed with this error (reported as uncaught).
    pub module_error: RefCell<Option<JsValue>>,
    /// State of the deterministic random generator (virtual-clock runs).
    pub rng: Cell<u64>,
    /// The simulated libuv thread pool.
    pub pool: RefCell<crate::pool::Pool>,
    /// Live Buffer backing stores: (a `WeakRef` to the ArrayBuffer, its bytes).
    pub external: RefCell<Vec<(JsObject, u64)>>,
    /// Who computes pool tasks.
    pub backend: RefCell<Box<dyn crate::pool::PoolBackend>>,
    /// The virtual file system behind `fs`.
    pub vfs: RefCell<crate::vfs::Vfs>,
    /// Live `crypto.createHash` states by handle id (removed by `digest`).
    pub hashers: RefCell<IdMap<crate::work::Hasher>>,
    /// Live zlib stream contexts by handle id (removed by `close`).
    pub zlibs: RefCell<IdMap<crate::natives::ZlibStream>>,
    /// OS-async operations (no thread pool: c-ares DNS, later sockets), keyed by
    /// (completion time, id); delivered in the poll phase once due.
    pub io: RefCell<std::collections::BTreeMap<(u64, u64), IoOp>>,
    /// `perf_hooks.monitorEventLoopDelay` histograms: Node's unref'd libuv timers, sampled
    /// in the timers phase and never visible to JavaScript as callbacks.
    pub eld: RefCell<Vec<EldTimer>>,
    /// Nanoseconds the loop spent waiting in poll (`eventLoopUtilization`'s idle time).
    pub idle_ns: Cell<u64>,
    /// When the current poll phase began waiting, while it waits.
    pub poll_wait_from: Cell<Option<u64>>,
    /// Clock time the event loop started (after the main script), once it did.
    pub loop_start_ns: Cell<Option<u64>>,
    /// The simulated loopback network (TCP handles).
    pub net: Rc<RefCell<crate::net::Net>>,
    /// This isolate's id in the run (0: the main one), the owner of its network handles.
    pub isolate: u32,
    /// `process.pid` / `process.ppid` (cluster workers are processes of their own).
    pub pid: u32,
    /// The parent process id.
    pub ppid: u32,
    /// Closed handles whose callbacks run in the next close phase: (callback id, callback).
    pub closing: RefCell<VecDeque<(u64, JsValue)>>,
    /// libuv's pending queue (`uv__io_feed`): handle work run in the pending phase, or right
    /// after poll when fed during poll (libuv ≥ 1.45 runs it up to 8 times there).
    pub pending: RefCell<VecDeque<(u64, crate::net::Ready)>>,
    /// Messages for this isolate's ports (`worker_threads`), by (time sent, order).
    pub inbox: Inbox,
    /// Worker isolates this one started.
    pub children: RefCell<Vec<crate::worker::Child>>,
    /// Set when this isolate is a worker: its identity and its parent's inbox.
    pub worker: Option<crate::worker::WorkerLink>,
    /// Scheduled together with other isolates: poll never jumps the clock by itself.
    pub grouped: Cell<bool>,
    /// Thread ids and message order shared by every isolate of the run.
    pub group: Rc<crate::worker::GroupIds>,
    /// Ports with 'message' listeners (they keep the isolate alive, like node's ref'd ports).
    pub port_refs: Cell<u32>,
    /// `worker_threads.js`'s dispatcher: `(port, kind, data)`.
    pub port_dispatch: RefCell<JsValue>,
    /// `net.js`'s dispatcher for socket readiness: `(handle, what, arg)`.
    pub net_dispatch: RefCell<JsValue>,
}

/// One `monitorEventLoopDelay` histogram.
#[derive(Debug, Default)]
pub(crate) struct EldTimer {
    /// Sampling interval (ms).
    pub resolution_ms: u64,
    /// Whether its timer runs.
    pub active: bool,
    /// Loop time (ms) the timer fires next.
    pub next_ms: u64,
    /// Clock time of the previous firing (0: none yet).
    pub prev_ns: u64,
    /// Recorded delays between firings (ns).
    pub samples: Vec<u64>,
}

/// An isolate's incoming port messages, shared with the isolates that post to it.
pub(crate) type Inbox = Rc<RefCell<std::collections::BTreeMap<(u64, u64), crate::worker::PortMsg>>>;

/// A pending OS-async operation.
pub(crate) struct IoOp {
    pub callback: JsValue,
    pub result: crate::work::WorkResult,
}

impl Host {
    pub fn new(clock: LoopClock, opts: RunOptions, out: Box<dyn OutputSink>) -> Self {
        let trace = opts.trace;
        let budget = opts.limits.max_instructions;
        let seed = opts.seed;
        let cwd = opts.cwd.clone();
        Self {
            eld: RefCell::new(Vec::new()),
            idle_ns: Cell::new(0),
            poll_wait_from: Cell::new(None),
            loop_start_ns: Cell::new(None),
            net: Rc::new(RefCell::new(crate::net::Net::new(
                opts.net_latency_us.saturating_mul(1000),
            ))),
            isolate: 0,
            pid: 4242,
            ppid: 4241,
            closing: RefCell::new(VecDeque::new()),
            pending: RefCell::new(VecDeque::new()),
            inbox: Inbox::default(),
            children: RefCell::new(Vec::new()),
            worker: None,
            grouped: Cell::new(false),
            group: Rc::new(crate::worker::GroupIds::default()),
            port_dispatch: RefCell::new(JsValue::undefined()),
            port_refs: Cell::new(0),
            net_dispatch: RefCell::new(JsValue::undefined()),
            clock,
            opts,
            st: RefCell::new(LoopState {
                phase: Phase::Main,
                iter: 0,
                loop_time: 0,
                current_cb: None,
                next_id: 1,
                timers: Timers::default(),
                immediates: VecDeque::new(),
                immediate_entries: IdMap::default(),
                immediate_refed: 0,
                callbacks_run: 0,
            }),
            tracer: Rc::new(RefCell::new(Tracer {
                enabled: trace,
                ..Tracer::default()
            })),
            out: RefCell::new(out),
            ticks: RefCell::new(VecDeque::new()),
            micro: RefCell::new(VecDeque::new()),
            rejections: RefCell::new(Vec::new()),
            interrupt: RefCell::new(None),
            last_remaining: Cell::new(budget),
            instructions: Cell::new(0),
            main_path: RefCell::new(String::new()),
            line_offset: Cell::new(1),
            phase_announced: Cell::new(true),
            async_jobs: RefCell::new(VecDeque::new()),
            module_error: RefCell::new(None),
            rng: Cell::new(seed),
            pool: RefCell::new(crate::pool::Pool::default()),
            external: RefCell::new(Vec::new()),
            backend: RefCell::new(Box::new(crate::pool::InlineBackend)),
            io: RefCell::new(std::collections::BTreeMap::new()),
            hashers: RefCell::new(IdMap::default()),
            zlibs: RefCell::new(IdMap::default()),
            vfs: RefCell::new({
                let now = crate::clock::VIRTUAL_EPOCH_MS as f64;
                let mut v = crate::vfs::Vfs::new(&cwd, now);
                v.seed_samples(now);
                v
            }),
        }
    }

    /// Fetches the host from a context.
    pub fn of(ctx: &Context) -> Rc<Host> {
        match ctx.get_data::<Rc<Host>>() {
            Some(h) => h.clone(),
            None => unreachable!("loopscope host data is installed before any script runs"),
        }
    }

    pub fn next_id(&self) -> u64 {
        let mut st = self.st.borrow_mut();
        let id = st.next_id;
        st.next_id += 1;
        id
    }

    pub fn trace_enabled(&self) -> bool {
        self.tracer.borrow().enabled
    }

    /// Records an event stamped with the current time, iteration and phase.
    pub fn emit(&self, kind: EventKind) {
        if !self.trace_enabled() {
            return;
        }
        let (iter, phase) = {
            let st = self.st.borrow();
            (st.iter, st.phase)
        };
        let t = self.clock.now_ns();
        let who = self
            .worker
            .as_ref()
            .map_or((0, 0), |w| (w.process.unwrap_or(0), w.thread_id));
        self.tracer.borrow_mut().push(who, t, iter, phase, kind);
    }

    /// Next 64 random bits (splitmix64: small, fast, and the same on every platform).
    pub fn next_random(&self) -> u64 {
        let mut z = self.rng.get().wrapping_add(0x9e37_79b9_7f4a_7c15);
        self.rng.set(z);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Bytes of Buffer backing stores still alive (Node's `external`). Forgets the ones the
    /// GC collected. Reading a `WeakRef` keeps its target for the current job, so this is
    /// called at job boundaries only, which then clear the kept objects.
    pub fn external_bytes(&self, ctx: &mut Context) -> u64 {
        let mut list = self.external.borrow_mut();
        if list.is_empty() {
            return 0;
        }
        let mut total = 0;
        list.retain(|(weak, bytes)| {
            let alive = weak
                .get(boa_engine::js_string!("deref"), ctx)
                .ok()
                .and_then(|d| d.as_callable())
                .and_then(|d| d.call(&JsValue::from(weak.clone()), &[], ctx).ok())
                .is_some_and(|v| !v.is_undefined());
            if alive {
                total += bytes;
            }
            alive
        });
        drop(list);
        ctx.clear_kept_objects();
        total
    }

    /// Brings the pool up to the current time and records what changed, making the
    /// file-system requests threads take on the way (each frees its thread at a known time,
    /// which may let the pool go further).
    pub fn advance_pool(&self, ctx: &mut Context) {
        loop {
            if self.pool.borrow().pending() == 0 {
                return;
            }
            let now = self.clock.now_ns();
            let changes = {
                let mut pool = self.pool.borrow_mut();
                let mut backend = self.backend.borrow_mut();
                pool.advance(now, backend.as_mut())
            };
            self.record_pool_changes(changes);
            if !crate::natives::make_fs_requests(self, ctx) {
                return;
            }
        }
    }

    pub fn record_pool_changes(&self, changes: Vec<crate::pool::PoolChange>) {
        if changes.is_empty() || !self.trace_enabled() {
            return;
        }
        let (busy, queued) = {
            let p = self.pool.borrow();
            (p.busy(), p.queued())
        };
        for c in changes {
            self.emit(match c {
                crate::pool::PoolChange::Started {
                    task,
                    thread,
                    at_ns,
                    executor,
                } => EventKind::PoolStarted {
                    task,
                    thread,
                    at_ns,
                    executor,
                    busy,
                    queued,
                },
                crate::pool::PoolChange::Finished {
                    task,
                    thread,
                    at_ns,
                } => EventKind::PoolFinished {
                    task,
                    thread,
                    at_ns,
                    busy,
                    queued,
                },
            });
        }
    }

    /// Records the current phase's `phase_enter` if it has not been recorded yet.
    pub fn announce_phase(&self) {
        if !self.phase_announced.replace(true) {
            self.emit(EventKind::PhaseEnter);
        }
    }

    pub fn current_cb(&self) -> Option<u64> {
        self.st.borrow().current_cb
    }

    /// Writes program output and records it in the trace.
    pub fn write(&self, stream: Stream, text: &str) {
        self.write_at(stream, text, None);
    }

    /// [`Host::write`] from user code at `at` (the console call's line, for the trace).
    pub fn write_at(&self, stream: Stream, text: &str, at: Option<SourcePos>) {
        self.out.borrow_mut().write(stream, text);
        if self.trace_enabled() {
            let cb = self.current_cb();
            self.emit(EventKind::Output {
                stream,
                text: text.to_owned(),
                cb,
                at,
            });
        }
    }

    /// Brings virtual time up to date with the instructions executed since the last sync and
    /// checks the limits. Called by every native and at every callback boundary.
    pub fn sync(&self, ctx: &Context) -> Result<(), Interrupt> {
        let remaining = ctx.instructions_remaining() as u64;
        let last = self.last_remaining.get();
        let ran = last.saturating_sub(remaining);
        self.last_remaining.set(remaining);
        self.instructions.set(self.instructions.get() + ran);
        self.clock
            .advance_ns(ran.saturating_mul(self.opts.ns_per_instruction));
        self.check_limits()
    }

    pub fn check_limits(&self) -> Result<(), Interrupt> {
        let limits = &self.opts.limits;
        let ms = self.clock.now_ms();
        if ms > limits.max_time_ms {
            return Err(Interrupt::Limit {
                limit: "time",
                message: format!(
                    "the run exceeded its time budget of {} ms ({} clock)",
                    limits.max_time_ms,
                    if self.clock.is_virtual() {
                        "virtual"
                    } else {
                        "real"
                    }
                ),
            });
        }
        let heap = crate::memory::heap_bytes();
        if heap > limits.max_heap_bytes {
            return Err(Interrupt::Limit {
                limit: "heap",
                message: format!(
                    "JavaScript heap out of memory: {} MiB in use, limit {} MiB",
                    heap / (1024 * 1024),
                    limits.max_heap_bytes / (1024 * 1024)
                ),
            });
        }
        Ok(())
    }

    /// The next firing (loop ms) of an active `monitorEventLoopDelay` timer.
    pub fn eld_next_ms(&self) -> Option<u64> {
        self.eld
            .borrow()
            .iter()
            .filter(|e| e.active)
            .map(|e| e.next_ms)
            .min()
    }

    /// Fires the due `monitorEventLoopDelay` timers (timers phase, loop time `now_ms`): each
    /// records the time since its previous firing, as Node's `RecordDelta` does, and re-arms.
    pub fn fire_eld(&self, now_ms: u64) {
        let now_ns = self.clock.now_ns();
        for e in self.eld.borrow_mut().iter_mut() {
            if e.active && e.next_ms <= now_ms {
                if e.prev_ns > 0 && now_ns > e.prev_ns {
                    e.samples.push(now_ns - e.prev_ns);
                }
                e.prev_ns = now_ns;
                e.next_ms = now_ms + e.resolution_ms;
            }
        }
    }

    /// Turns an interrupt into an uncatchable boa error, remembering why.
    pub fn raise(&self, i: Interrupt) -> JsError {
        let msg = match &i {
            Interrupt::Exit(c) => format!("process exit {c}"),
            Interrupt::Limit { message, .. } => message.clone(),
        };
        self.interrupt.borrow_mut().get_or_insert(i);
        JsError::from(PanicError::new(msg))
    }

    /// The innermost user-code position on the JavaScript stack.
    pub fn user_pos(&self, ctx: &Context) -> Option<SourcePos> {
        if !self.trace_enabled() {
            return None;
        }
        let main = self.main_path.borrow();
        if main.is_empty() {
            return None;
        }
        for frame in ctx.stack_trace() {
            let loc = frame.position();
            let is_main = matches!(
                &loc.path,
                boa_engine::vm::SourcePath::Path(p) if p.as_os_str() == std::ffi::OsStr::new(main.as_str())
            );
            if is_main {
                let p = loc.position?;
                let line = p.line_number();
                // A CommonJS main module is wrapped with one extra line in front.
                return Some(SourcePos {
                    line: line.saturating_sub(self.line_offset.get()).max(1),
                    col: p.column_number(),
                });
            }
        }
        None
    }
}
