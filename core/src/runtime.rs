//! The event loop as a state machine the host drives (DESIGN.md §3). [`Runtime::step`] runs
//! exactly one callback (with the nextTick/microtask drain that follows it);
//! [`Runtime::run_until_blocked`] runs until the run ends or must wait for real time. Core never
//! sleeps: in virtual-clock mode idle time is skipped by advancing the clock to the next due
//! timer, in real-clock mode the host sleeps until [`Status::Blocked`]'s deadline.
//!
//! Order of one run, as libuv ≥ 1.45 and Node 20 do it:
//! main script → drain → (uv_run:) timers pass → loop { pending → idle/prepare → poll → check →
//! close → timers } while alive → 'beforeExit' (may revive the loop) → 'exit'.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::Path;
use std::rc::Rc;

use boa_engine::builtins::promise::OperationType;
use boa_engine::context::HostHooks;
use boa_engine::error::EngineError;
use boa_engine::job::{GenericJob, Job};
use boa_engine::module::Module;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::builtins::JsFunction;
use boa_engine::NativeFunction;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue, Script, Source,
};
use std::future::Future;

use crate::clock::{BoaClock, HostClock, LoopClock};
use crate::esm::BuiltinModuleLoader;
use crate::executor::LoopExecutor;
use crate::host::{Host, Interrupt, Micro, OutputSink};
use crate::natives::{self, update_loop_time};
use crate::options::{ClockMode, RunOptions};
use crate::timers::Due;
use crate::trace::{CallbackKind, Event, EventKind, Phase, Queue, Stream};
use crate::work::WorkResult;

/// Node version reported by `process.version` and in fatal error footers.
pub const NODE_VERSION: &str = "v20.20.2";

/// Errors creating a runtime (not errors of the program, which end up in [`Outcome`]).
#[derive(Debug)]
pub enum RuntimeError {
    /// boa refused to build the context.
    Engine(String),
    /// The embedded bootstrap failed (a loopscope bug).
    Bootstrap(String),
}

impl std::fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Engine(m) => write!(f, "could not create the JavaScript engine: {m}"),
            Self::Bootstrap(m) => write!(f, "loopscope bootstrap failed: {m}"),
        }
    }
}

impl std::error::Error for RuntimeError {}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// The process exit code.
    pub exit_code: i32,
    /// The limit that stopped the run, if one did: (limit name, message).
    pub limit: Option<(String, String)>,
}

/// What the host should do after a `step` / `run_until_blocked`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// A callback ran; more work may follow.
    Ran,
    /// Nothing can run before the host's clock reaches `until_ns` (real-clock mode only).
    Blocked {
        /// Clock time (ns since the start of the run) to resume at.
        until_ns: u64,
    },
    /// Nothing can run until the pool backend hands back a task's result
    /// ([`Runtime::complete_pool_task`]), or, with a real clock, until `until_ns` if set.
    AwaitingPool {
        /// Real clock: clock time of the next timer, when there is one.
        until_ns: Option<u64>,
    },
    /// The run is over.
    Done(Outcome),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cursor {
    Main,
    UvRunStart,
    Timers,
    Pending,
    IdlePrepare,
    Poll,
    Check,
    Close,
    IterEnd,
    BeforeExit,
    ExitEvent,
    Done,
}

struct Hooks {
    run_main: JsFunction,
    on_uncaught: JsFunction,
    process_rejections: JsFunction,
    emit_before_exit: JsFunction,
    emit_exit: JsFunction,
    format_fatal: JsFunction,
    serialize_thrown: JsFunction,
}

struct RejectionTracker;

impl HostHooks for RejectionTracker {
    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        context: &mut Context,
    ) {
        if let Some(h) = context.get_data::<Rc<Host>>() {
            let op = match operation {
                OperationType::Reject => 0,
                OperationType::Handle => 1,
            };
            h.rejections
                .borrow_mut()
                .push((op, promise.clone().upcast()));
        }
    }
}

/// Outcome of invoking one callback.
enum Thrown {
    /// The callback threw this value.
    Value(JsValue),
    /// The run must stop.
    Stop(Interrupt),
}

/// What a poll-phase completion hands its callback.
enum Delivery {
    /// Computed by a pool backend / the I/O layer: converted to (err, value) at delivery.
    Work(Option<WorkResult>),
    /// Already (err, value) (fs requests on the VFS).
    Ready((JsValue, JsValue)),
    /// A socket became ready: (handle, for what).
    Net(u64, crate::net::Ready),
    /// A port message from another isolate (or a local `MessageChannel`).
    Port(crate::worker::PortMsg),
}

/// One program run.
pub struct Runtime {
    ctx: Context,
    host: Rc<Host>,
    hooks: Hooks,
    loader: Rc<BuiltinModuleLoader>,
    cursor: Cursor,
    main: Option<(String, String)>,
    entered_loop: bool,
    phase_started: bool,
    pre_loop_pass: bool,
    timers_now: u64,
    check_batch: VecDeque<u64>,
    close_batch: VecDeque<(u64, JsValue)>,
    pending_batch: VecDeque<(u64, crate::net::Ready)>,
    pending_rounds: u8,
    group_blocked: Option<u64>,
    poll_batch: VecDeque<(u64, JsValue, Delivery, CallbackKind)>,
    outcome: Option<Outcome>,
    drain_jobs: u64,
    uncaught_handled: u64,
}

/// Compiles `(function (params) {\n<source>\n})` with `path` as its file name.
pub(crate) fn compile_wrapper(
    source: &str,
    path: &str,
    params: &str,
    ctx: &mut Context,
) -> JsResult<JsObject> {
    let wrapped = format!("(function ({params}) {{\n{source}\n}})");
    let src = Source::from_bytes(wrapped.as_bytes()).with_path(Path::new(path));
    let script = Script::parse(src, None, ctx)?;
    let f = script.evaluate(ctx)?;
    f.as_object().ok_or_else(|| {
        JsNativeError::typ()
            .with_message("wrapper is not a function")
            .into()
    })
}

fn get_fn(obj: &JsObject, name: &str, ctx: &mut Context) -> Result<JsFunction, RuntimeError> {
    let v = obj
        .get(js_string!(name), ctx)
        .map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    v.as_object()
        .and_then(JsFunction::from_object)
        .ok_or_else(|| RuntimeError::Bootstrap(format!("bootstrap hook {name} missing")))
}

impl Runtime {
    /// Creates a runtime. `real_clock` is required for [`ClockMode::Real`].
    pub fn new(
        opts: RunOptions,
        out: Box<dyn OutputSink>,
        real_clock: Option<Box<dyn HostClock>>,
    ) -> Result<Self, RuntimeError> {
        let clock = match (opts.clock, real_clock) {
            (ClockMode::Real, Some(c)) => LoopClock::new_real(c),
            _ => LoopClock::new_virtual(),
        };
        let host = Rc::new(Host::new(clock.clone(), opts, out));
        Self::build(host, clock)
    }

    /// Creates a `worker_threads` isolate for `parent`, starting at the parent's time plus
    /// the start-up cost (virtual clock) or on the parent's own clock (real clock).
    pub(crate) fn new_child(
        parent: &Rc<Host>,
        thread_id: u32,
        path: &str,
        source: &str,
        worker_data: String,
        process: Option<(u32, Vec<(String, String)>)>,
        argv: Vec<String>,
    ) -> Result<Self, RuntimeError> {
        let clock = if parent.clock.is_virtual() {
            LoopClock::new_virtual()
        } else {
            parent.clock.clone()
        };
        let mut opts = parent.opts.clone();
        opts.trace = parent.trace_enabled();
        opts.argv = argv;
        let (cluster_id, pid, ppid) = match &process {
            Some((id, env)) => {
                for (k, v) in env {
                    opts.env.retain(|(key, _)| key != k);
                    opts.env.push((k.clone(), v.clone()));
                }
                (Some(*id), parent.pid + *id, parent.pid)
            }
            None => (None, parent.pid, parent.ppid),
        };
        let out: Box<dyn OutputSink> = Box::new(crate::host::ParentOut(Rc::downgrade(parent)));
        let host = Rc::new(Host {
            worker: Some(crate::worker::link(
                parent,
                thread_id,
                worker_data,
                cluster_id,
            )),
            pid,
            ppid,
            group: Rc::clone(&parent.group),
            tracer: Rc::clone(&parent.tracer),
            net: Rc::clone(&parent.net),
            isolate: parent.group.isolate_id(),
            grouped: std::cell::Cell::new(true),
            ..Host::new(clock.clone(), opts, out)
        });
        let mut rt = Self::build(host, clock)?;
        if rt.host.clock.is_virtual() {
            let start = if cluster_id.is_some() {
                crate::worker::PROCESS_START_NS
            } else {
                crate::worker::WORKER_START_NS
            };
            rt.host.clock.advance_to_ns(parent.clock.now_ns() + start);
        }
        // 'online' reaches the parent when the isolate starts running.
        let port = cluster_id.map_or(u64::from(thread_id), u64::from);
        crate::worker::post(
            &parent.group,
            &parent.inbox,
            rt.host.clock.now_ns(),
            crate::worker::PortMsg {
                port,
                kind: if cluster_id.is_some() {
                    "process_online"
                } else {
                    "online"
                },
                data: String::new(),
            },
        );
        rt.load_main(path, source);
        Ok(rt)
    }

    /// Closes every network handle of this isolate (it ended): peers read EOF.
    pub(crate) fn close_handles(&mut self) {
        let now = self.host.clock.now_ns();
        self.host
            .net
            .borrow_mut()
            .close_owned(self.host.isolate, now);
    }

    /// The `idle` limit: nothing can ever happen again, though handles keep the loop alive.
    fn idle_limit(&self, who: &str, extra: &str) -> Interrupt {
        let (servers, sockets) = {
            let n = self.host.net.borrow();
            (n.listeners(), n.streams())
        };
        Interrupt::Limit {
            limit: "idle",
            message: format!(
                "{who} waiting forever ({servers} server(s) listening, {sockets} socket(s) open, nothing scheduled{extra}); node would keep running here, loopscope stops"
            ),
        }
    }

    /// The earliest thing other isolates sent this one: a message or a network event.
    pub(crate) fn external_due(&self) -> Option<u64> {
        let msg = crate::worker::earliest(&self.host.inbox);
        let net = self.host.net.borrow().next_due(self.host.isolate);
        [msg, net].into_iter().flatten().min()
    }

    /// This isolate's id (owner of its network handles).
    pub(crate) fn isolate(&self) -> u32 {
        self.host.isolate
    }

    /// This isolate's inbox.
    pub(crate) fn inbox(&self) -> crate::host::Inbox {
        Rc::clone(&self.host.inbox)
    }

    /// Moves a waiting isolate's clock forward (the group scheduler's decision).
    pub(crate) fn advance_clock_to(&mut self, ns: u64) {
        self.host.clock.advance_to_ns(ns);
    }

    fn build(host: Rc<Host>, clock: LoopClock) -> Result<Self, RuntimeError> {
        let budget = usize::try_from(host.opts.limits.max_instructions).unwrap_or(usize::MAX);
        host.pool
            .borrow_mut()
            .set_arrival_timing(!clock.is_virtual());
        let executor = Rc::new(LoopExecutor {
            host: RefCell::new(Rc::downgrade(&host)),
        });
        let loader = Rc::new(BuiltinModuleLoader::default());
        let mut ctx = Context::builder()
            .clock(Rc::new(BoaClock(clock)))
            .module_loader(loader.clone())
            .job_executor(executor)
            .host_hooks(Rc::new(RejectionTracker))
            .instructions_remaining(budget)
            .build()
            .map_err(|e| RuntimeError::Engine(e.to_string()))?;
        ctx.insert_data(host.clone());
        let limits = ctx.runtime_limits_mut();
        limits.set_recursion_limit(9_000);
        limits.set_stack_size_limit(4_000_000);

        let binding = natives::binding(&mut ctx);
        let boot = crate::modules::bootstrap_source();
        let f = compile_wrapper(
            boot,
            "node:internal/bootstrap",
            "binding, builtins",
            &mut ctx,
        )
        .map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
        let builtins = crate::modules::builtins_function(&mut ctx);
        let hooks_v = f
            .call(
                &JsValue::undefined(),
                &[binding.into(), builtins.into()],
                &mut ctx,
            )
            .map_err(|e| RuntimeError::Bootstrap(format!("{e}")))?;
        let hooks_o = hooks_v
            .as_object()
            .ok_or_else(|| RuntimeError::Bootstrap("bootstrap returned no hooks".into()))?;
        let hooks = Hooks {
            run_main: get_fn(&hooks_o, "runMain", &mut ctx)?,
            on_uncaught: get_fn(&hooks_o, "onUncaught", &mut ctx)?,
            process_rejections: get_fn(&hooks_o, "processRejections", &mut ctx)?,
            emit_before_exit: get_fn(&hooks_o, "emitBeforeExit", &mut ctx)?,
            emit_exit: get_fn(&hooks_o, "emitExit", &mut ctx)?,
            format_fatal: get_fn(&hooks_o, "formatFatal", &mut ctx)?,
            serialize_thrown: get_fn(&hooks_o, "serializeThrown", &mut ctx)?,
        };
        *loader.import_builtin.borrow_mut() = Some(get_fn(&hooks_o, "importBuiltin", &mut ctx)?);
        // Bootstrap work is not the program's: reset the instruction-driven clock baseline.
        host.last_remaining.set(ctx.instructions_remaining() as u64);
        if host.worker.is_none() {
            host.clock.reset_virtual();
            host.st.borrow_mut().loop_time = 0;
        }
        Ok(Self {
            ctx,
            host,
            hooks,
            loader,
            cursor: Cursor::Main,
            main: None,
            entered_loop: false,
            phase_started: false,
            pre_loop_pass: true,
            timers_now: 0,
            check_batch: VecDeque::new(),
            close_batch: VecDeque::new(),
            pending_batch: VecDeque::new(),
            pending_rounds: 0,
            group_blocked: None,
            poll_batch: VecDeque::new(),
            outcome: None,
            drain_jobs: 0,
            uncaught_handled: 0,
        })
    }

    /// Sets the main module. Must be called before the first step.
    pub fn load_main(&mut self, path: &str, source: &str) {
        *self.host.main_path.borrow_mut() = path.to_owned();
        self.main = Some((path.to_owned(), source.to_owned()));
    }

    /// A result from an asynchronous pool backend for the task it was given as `id`.
    pub fn complete_pool_task(&mut self, id: u64, result: crate::work::WorkResult) {
        let now = self.host.clock.now_ns();
        self.host.pool.borrow_mut().complete(id, result, now);
    }

    /// Replaces the thread-pool backend (the web host computes tasks in Web Workers).
    pub fn set_pool_backend(&mut self, backend: Box<dyn crate::pool::PoolBackend>) {
        *self.host.backend.borrow_mut() = backend;
    }

    /// Takes the trace events recorded since the last call.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.host.tracer.borrow_mut().events)
    }

    /// Instructions executed by the program so far.
    pub fn instructions(&self) -> u64 {
        self.host.instructions.get()
    }

    /// Clock time since the start of the run.
    pub fn now_ns(&self) -> u64 {
        self.host.clock.now_ns()
    }

    /// Runs until the program ends or must wait for real time.
    pub fn run_until_blocked(&mut self) -> Status {
        loop {
            match self.step() {
                Status::Ran => {}
                other => return other,
            }
        }
    }

    /// Runs the whole program; in real-clock mode `sleep` is called to wait.
    pub fn run_to_end(&mut self, mut sleep: impl FnMut(u64)) -> Outcome {
        loop {
            match self.run_until_blocked() {
                Status::Done(o) => return o,
                Status::Blocked { until_ns } => {
                    let now = self.now_ns();
                    sleep(until_ns.saturating_sub(now));
                }
                Status::AwaitingPool { .. } => {
                    // Only asynchronous backends wait, and their hosts drive the loop
                    // themselves; this one cannot deliver the result.
                    self.finish(
                        70,
                        Some((
                            "pool".into(),
                            "the thread-pool backend never returned a task's result".into(),
                        )),
                    );
                }
                Status::Ran => {}
            }
        }
    }

    /// Runs one callback (and the drain after it), or as far as the loop can get. With
    /// worker isolates, one callback of whichever isolate is next (`worker.rs`).
    pub fn step(&mut self) -> Status {
        if self.host.children.borrow().is_empty() {
            return self.step_self();
        }
        self.step_group()
    }

    fn step_group(&mut self) -> Status {
        use crate::worker::{child_time, step_child};
        loop {
            if let Some(o) = &self.outcome {
                return Status::Done(o.clone());
            }
            let own = match self.group_blocked {
                None => self.now_ns(),
                Some(u) => {
                    let m = self.external_due().map(|t| t.max(self.now_ns()));
                    m.map_or(u, |m| m.min(u))
                }
            };
            let mut best: Option<(u64, usize)> = None;
            for (i, c) in self.host.children.borrow().iter().enumerate() {
                if let Some(t) = child_time(c) {
                    if t < own && best.is_none_or(|(bt, _)| t < bt) {
                        best = Some((t, i));
                    }
                }
            }
            if let Some((t, i)) = best {
                if !self.host.clock.is_virtual() && t > self.now_ns() {
                    return Status::Blocked { until_ns: t };
                }
                if step_child(&self.host, i) {
                    return Status::Ran;
                }
                continue;
            }
            if own == u64::MAX {
                let i = self.idle_limit("every isolate is", ", no message in flight");
                self.finish_interrupt(i);
                continue;
            }
            if self.group_blocked.is_some() {
                if !self.host.clock.is_virtual() && own > self.now_ns() {
                    return Status::Blocked { until_ns: own };
                }
                self.host.clock.advance_to_ns(own);
                self.group_blocked = None;
            }
            match self.step_self() {
                Status::Blocked { until_ns } => self.group_blocked = Some(until_ns),
                other => return other,
            }
        }
    }

    fn step_self(&mut self) -> Status {
        loop {
            if let Some(o) = &self.outcome {
                return Status::Done(o.clone());
            }
            match self.advance() {
                Ok(Some(s)) => return s,
                Ok(None) => {}
                Err(i) => self.finish_interrupt(i),
            }
        }
    }

    fn set_phase(&mut self, phase: Phase) {
        self.host.st.borrow_mut().phase = phase;
    }

    /// Enters a phase. Its `phase_enter` event is recorded lazily, when something happens in
    /// it (a callback, a poll wait), so idle phases cost nothing in the trace; the UI draws the
    /// fixed phase order from `loop_iteration` events.
    fn enter(&mut self, phase: Phase) {
        self.set_phase(phase);
        self.host.phase_announced.set(false);
    }

    fn leave(&mut self) {
        if self.host.phase_announced.get() {
            self.host.emit(EventKind::PhaseLeave);
        }
    }

    fn alive(&self) -> bool {
        let st = self.host.st.borrow();
        st.timers.refed_count() > 0
            || st.immediate_refed > 0
            || self.host.pool.borrow().pending() > 0
            || !self.host.io.borrow().is_empty()
            || self.host.net.borrow().alive(self.host.isolate)
            || !self.host.closing.borrow().is_empty()
            || !self.host.pending.borrow().is_empty()
            || crate::worker::children_alive(&self.host)
            || self.host.port_refs.get() > 0
            || !self.host.inbox.borrow().is_empty()
    }

    /// One unit of work. `Ok(Some(status))` when a callback ran or the host must act.
    fn advance(&mut self) -> Result<Option<Status>, Interrupt> {
        match self.cursor {
            Cursor::Main => {
                self.run_main()?;
                self.cursor = Cursor::UvRunStart;
                Ok(Some(Status::Ran))
            }
            Cursor::UvRunStart => {
                if !self.alive() {
                    self.cursor = Cursor::BeforeExit;
                    return Ok(None);
                }
                if !self.entered_loop {
                    self.entered_loop = true;
                    let esm = self.host.line_offset.get() == 0;
                    let lat = self
                        .host
                        .opts
                        .loop_entry_latency_ms
                        .unwrap_or(u64::from(!esm));
                    self.host.clock.advance_ns(lat * 1_000_000);
                    self.host.loop_start_ns.set(Some(self.host.clock.now_ns()));
                }
                self.pre_loop_pass = true;
                self.cursor = Cursor::Timers;
                Ok(None)
            }
            Cursor::Timers => self.timers_phase(),
            Cursor::Pending => {
                if !self.phase_started {
                    self.host.emit(EventKind::LoopIteration);
                }
                self.pending_phase()
            }
            Cursor::IdlePrepare => {
                self.enter(Phase::Idle);
                self.leave();
                self.enter(Phase::Prepare);
                self.leave();
                self.cursor = Cursor::Poll;
                Ok(None)
            }
            Cursor::Poll => self.poll_phase(),
            Cursor::Check => self.check_phase(),
            Cursor::Close => self.close_phase(),
            Cursor::IterEnd => {
                self.host.st.borrow_mut().iter += 1;
                self.cursor = if self.alive() {
                    Cursor::Pending
                } else {
                    Cursor::BeforeExit
                };
                Ok(None)
            }
            Cursor::BeforeExit => {
                self.enter(Phase::BeforeExit);
                let id = self.host.next_id();
                let f = self.hooks.emit_before_exit.clone();
                let had_listeners = std::cell::Cell::new(false);
                self.invoke_with(
                    |ctx| {
                        let r = f.call(&JsValue::undefined(), &[], ctx)?;
                        had_listeners.set(r.to_boolean());
                        Ok(r)
                    },
                    id,
                    CallbackKind::BeforeExit,
                )?;
                self.drain()?;
                self.leave();
                self.cursor = if self.alive() {
                    Cursor::UvRunStart
                } else {
                    Cursor::ExitEvent
                };
                // Only a step if some listener actually ran.
                Ok(had_listeners.get().then_some(Status::Ran))
            }
            Cursor::ExitEvent => {
                self.enter(Phase::Exit);
                let f = self.hooks.emit_exit.clone();
                let code = match f.call(&JsValue::undefined(), &[], &mut self.ctx) {
                    Ok(v) => v.as_number().map_or(0, |n| n as i32),
                    Err(e) => match self.classify(e) {
                        // An exception inside an 'exit' handler is an uncaught exception.
                        Thrown::Value(v) => {
                            self.uncaught(v, false)?;
                            self.exit_code_or(0)
                        }
                        Thrown::Stop(i) => return Err(i),
                    },
                };
                // V8 runs its microtask checkpoint when the 'exit' emit returns: promise
                // reactions queued by 'exit' handlers still run (ticks do not).
                self.run_microtasks()?;
                self.leave();
                self.finish(code, None);
                Ok(None)
            }
            Cursor::Done => Ok(None),
        }
    }

    fn run_main(&mut self) -> Result<(), Interrupt> {
        self.set_phase(Phase::Main);
        let Some((path, source)) = self.main.take() else {
            self.finish(0, None);
            return Ok(());
        };
        self.host.emit(EventKind::RunStart {
            file: path.clone(),
            clock: if self.host.clock.is_virtual() {
                "virtual"
            } else {
                "real"
            },
        });
        if path.ends_with(".mjs") {
            return self.run_esm_main(&path, &source);
        }
        let params = "exports, require, module, __filename, __dirname";
        let compiled = match compile_wrapper(&source, &path, params, &mut self.ctx) {
            Ok(f) => f,
            Err(e) => {
                self.report_syntax_error(&path, &source, &e);
                return Err(Interrupt::Exit(1));
            }
        };
        let id = self.host.next_id();
        self.host.emit(EventKind::Scheduled {
            cb: id,
            kind: CallbackKind::Main,
            by: None,
            at: None,
            name: None,
        });
        let run_main = self.hooks.run_main.clone();
        let args = [
            JsValue::from(compiled),
            js_string!(path.as_str()).into(),
            js_string!(source.as_str()).into(),
        ];
        let this = JsValue::undefined();
        self.invoke_with(
            |ctx| run_main.call(&this, &args, ctx),
            id,
            CallbackKind::Main,
        )?;
        self.drain()
    }

    /// An ES main module: parsed now, loaded, linked and evaluated from inside a microtask.
    fn run_esm_main(&mut self, path: &str, source: &str) -> Result<(), Interrupt> {
        self.host.line_offset.set(0);
        *self.loader.main_path.borrow_mut() = path.to_owned();
        let src = Source::from_bytes(source.as_bytes()).with_path(Path::new(path));
        let module = match Module::parse(src, None, &mut self.ctx) {
            Ok(m) => m,
            Err(e) => {
                self.report_syntax_error(path, source, &e);
                return Err(Interrupt::Exit(1));
            }
        };
        // process.argv, __filename bookkeeping, error-stack fixing: like a CommonJS main, but
        // nothing is called.
        let prepare = self.hooks.run_main.clone();
        let args = [
            JsValue::null(),
            js_string!(path).into(),
            js_string!(source).into(),
        ];
        if let Err(e) = prepare.call(&JsValue::undefined(), &args, &mut self.ctx) {
            return Err(Interrupt::Limit {
                limit: "engine",
                message: format!("cannot start the module: {e}"),
            });
        }
        let id = self.host.next_id();
        self.host.emit(EventKind::Scheduled {
            cb: id,
            kind: CallbackKind::Main,
            by: None,
            at: None,
            name: None,
        });
        let realm = self.ctx.realm().clone();
        let job = GenericJob::new(
            move |ctx: &mut Context| {
                let promise = module.load_link_evaluate(ctx);
                let on_rejected = NativeFunction::from_fn_ptr(|_, args, ctx| {
                    let h = Host::of(ctx);
                    *h.module_error.borrow_mut() = Some(args.first().cloned().unwrap_or_default());
                    Ok(JsValue::undefined())
                })
                .to_js_function(ctx.realm());
                promise.then(None, Some(on_rejected), ctx)?;
                Ok(JsValue::undefined())
            },
            realm,
        );
        self.host.micro.borrow_mut().push_back(Micro {
            id,
            kind: CallbackKind::Main,
            job: Job::GenericJob(job),
        });
        self.drain()
    }

    /// Polls the host futures boa queued (module loading). They complete without waiting;
    /// one that would wait is dropped with an error.
    fn run_async_jobs(&mut self) {
        loop {
            let next = self.host.async_jobs.borrow_mut().pop_front();
            let Some(job) = next else { return };
            let cell = RefCell::new(&mut self.ctx);
            let mut fut = job.call(&cell);
            let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
            let _ = std::pin::Pin::new(&mut fut).poll(&mut cx);
        }
    }

    /// Reports an ES main module's evaluation error as an uncaught exception.
    fn check_module_error(&mut self) -> Result<(), Interrupt> {
        let err = self.host.module_error.borrow_mut().take();
        match err {
            Some(v) => self.uncaught(v, false),
            None => Ok(()),
        }
    }

    fn report_syntax_error(&mut self, path: &str, source: &str, e: &JsError) {
        let msg = e.to_string();
        // boa reports "... at line L, col C" relative to the wrapped source (one extra line).
        let (mut line, mut col) = (0usize, 0usize);
        if let Some(idx) = msg.rfind("at line ") {
            let rest = &msg[idx + 8..];
            let mut parts = rest
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty());
            line = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            col = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
        }
        let user_line = line
            .saturating_sub(self.host.line_offset.get() as usize)
            .max(1);
        let src_line = source.lines().nth(user_line - 1).unwrap_or("");
        let clean = msg
            .trim_start_matches("SyntaxError: ")
            .split(" at line ")
            .next()
            .unwrap_or("")
            .to_owned();
        let caret = " ".repeat(col.saturating_sub(1));
        let text = format!(
            "{path}:{user_line}\n{src_line}\n{caret}^\n\nSyntaxError: {clean}\n\nNode.js {NODE_VERSION}\n"
        );
        self.host.write(Stream::Stderr, &text);
    }

    fn timers_phase(&mut self) -> Result<Option<Status>, Interrupt> {
        if !self.phase_started {
            self.phase_started = true;
            self.enter(Phase::Timers);
            self.timers_now = update_loop_time(&self.host);
            self.host.fire_eld(self.timers_now);
        }
        let due = self.host.st.borrow_mut().timers.next_due(self.timers_now);
        match due {
            Due::Run(id) => {
                self.run_timer(id)?;
                Ok(Some(Status::Ran))
            }
            Due::Idle => {
                self.leave();
                self.phase_started = false;
                self.cursor = if self.pre_loop_pass {
                    Cursor::Pending
                } else {
                    Cursor::IterEnd
                };
                Ok(None)
            }
        }
    }

    fn run_timer(&mut self, id: u64) -> Result<(), Interrupt> {
        let (callback, this, args, repeat) = {
            let st = self.host.st.borrow();
            let Some(t) = st.timers.get(id) else {
                return Ok(());
            };
            (
                t.callback.clone(),
                JsValue::from(t.obj.clone()),
                t.args.clone(),
                t.repeat.is_some(),
            )
        };
        let start = if repeat {
            update_loop_time(&self.host)
        } else {
            0
        };
        let kind = if repeat {
            CallbackKind::Interval
        } else {
            CallbackKind::Timeout
        };
        let r = self.invoke(&callback, &this, &args, id, kind);
        let rearmed = self.host.st.borrow_mut().timers.after_run(id, start);
        if let Some(due) = rearmed {
            let ms = self.host.st.borrow().timers.get(id).map_or(0, |t| t.msecs);
            self.host.emit(EventKind::TimerArmed {
                cb: id,
                ms,
                due_ms: due,
                repeat: true,
            });
        }
        // Node skips the drain after a callback that threw (InternalCallbackScope marked as
        // failed); what it queued runs after the next callback.
        if !r? {
            self.drain()?;
        }
        Ok(())
    }

    fn poll_phase(&mut self) -> Result<Option<Status>, Interrupt> {
        if !self.phase_started {
            self.phase_started = true;
            self.enter(Phase::Poll);
            self.host.advance_pool(&mut self.ctx);
            // uv__backend_timeout: no waiting while ref'd immediates are pending (Node's idle
            // handle) or while finished pool work waits for delivery.
            let (has_immediates, next_timer) = {
                let st = self.host.st.borrow();
                let next = match (st.timers.next_expiry(), self.host.eld_next_ms()) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                (st.immediate_refed > 0, next)
            };
            if self.host.poll_wait_from.get().is_none() {
                self.host.poll_wait_from.set(Some(self.host.clock.now_ns()));
            }
            let (finished, pool_next) = {
                let p = self.host.pool.borrow();
                (p.has_finished(), p.next_done())
            };
            // OS-async operations, socket readiness and messages from other isolates.
            let io_next = {
                let io = self.host.io.borrow().keys().next().map(|(due, _)| *due);
                [io, self.external_due()].into_iter().flatten().min()
            };
            let now = self.host.clock.now_ns();
            let finished = finished || io_next.is_some_and(|d| d <= now);
            let next_done = match (pool_next, io_next) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            // uv_backend_timeout is 0 while closing handles wait for the close phase.
            // uv_backend_timeout is 0 while the pending queue has work too.
            // ... and when nothing keeps the loop alive at all (uv_backend_timeout: 0).
            let waits = !has_immediates
                && !finished
                && self.host.closing.borrow().is_empty()
                && self.host.pending.borrow().is_empty()
                && self.alive();
            let target = waits
                .then(|| {
                    let timer_ns = next_timer.map(|e| e.saturating_mul(1_000_000));
                    match (timer_ns, next_done) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    }
                })
                .flatten();
            // An asynchronous backend's result is needed before time may pass a task's
            // earliest finish (virtual), or before the loop may give up waiting (real).
            {
                let p = self.host.pool.borrow();
                let wait_for_pool = if self.host.clock.is_virtual() {
                    p.must_wait(target.unwrap_or(now).max(now))
                } else {
                    waits && p.has_unknown() && target.is_none_or(|t| t > now)
                };
                if wait_for_pool {
                    self.phase_started = false;
                    return Ok(Some(Status::AwaitingPool {
                        until_ns: target.filter(|_| !self.host.clock.is_virtual()),
                    }));
                }
            }
            if waits && target.is_none() && self.host.grouped.get() {
                // Another isolate may still send a message: the group decides.
                self.phase_started = false;
                return Ok(Some(Status::Blocked { until_ns: u64::MAX }));
            }
            if waits && target.is_none() && !self.host.pool.borrow().has_unknown() {
                // Only handles (listening servers, open sockets) keep the loop alive and
                // nothing can ever arrive: node would wait here forever.
                return Err(self.idle_limit("the event loop is", ""));
            }
            if waits {
                if let Some(target_ns) = target {
                    let now = self.host.clock.now_ns();
                    if target_ns > now {
                        if !self.host.clock.is_virtual() || self.host.grouped.get() {
                            // Re-enter the phase when the host wakes us.
                            self.phase_started = false;
                            return Ok(Some(Status::Blocked {
                                until_ns: target_ns,
                            }));
                        }
                        self.host.announce_phase();
                        self.host.emit(EventKind::PollWait {
                            ms: (target_ns - now).div_ceil(1_000_000),
                        });
                        self.host.clock.advance_to_ns(target_ns);
                        self.host.advance_pool(&mut self.ctx);
                    }
                }
            }
            if let Some(from) = self.host.poll_wait_from.take() {
                let waited = self.host.clock.now_ns().saturating_sub(from);
                self.host.idle_ns.set(self.host.idle_ns.get() + waited);
            }
            self.host.check_limits()?;
            // Tasks that finished in virtual time may still wait for their results from an
            // asynchronous backend: deliver nothing before they are all here.
            if self.host.pool.borrow().must_wait(self.host.clock.now_ns()) {
                self.phase_started = false;
                return Ok(Some(Status::AwaitingPool { until_ns: None }));
            }
            update_loop_time(&self.host);
            // uv__work_done: every finished task's callback runs in this poll phase, with the
            // OS-async completions that are due, in completion order.
            let now = self.host.clock.now_ns();
            // Waiting ran no JavaScript: nothing new was queued since `io_next`.
            let io_due = io_next.is_some_and(|d| d <= now);
            if !io_due && !self.host.pool.borrow().has_finished() {
                self.poll_batch.clear();
                return self.poll_phase();
            }
            let mut batch: Vec<(u64, u64, JsValue, Delivery, CallbackKind)> = self
                .host
                .pool
                .borrow_mut()
                .take_finished()
                .into_iter()
                .map(|(at, id, t)| {
                    let r = match t.precomputed {
                        Some(pre) => Delivery::Ready(pre),
                        None => Delivery::Work(t.result),
                    };
                    (at, id, t.callback, r, CallbackKind::Pool)
                })
                .collect();
            {
                let mut io = self.host.io.borrow_mut();
                while let Some(entry) = io.first_entry() {
                    if entry.key().0 > now {
                        break;
                    }
                    let ((due, id), op) = entry.remove_entry();
                    batch.push((
                        due,
                        id,
                        op.callback,
                        Delivery::Work(Some(op.result)),
                        CallbackKind::Io,
                    ));
                }
            }
            {
                let mut inbox = self.host.inbox.borrow_mut();
                while let Some(entry) = inbox.first_entry() {
                    if entry.key().0 > now {
                        break;
                    }
                    let ((due, _), msg) = entry.remove_entry();
                    let id = self.host.next_id();
                    batch.push((
                        due,
                        id,
                        JsValue::undefined(),
                        Delivery::Port(msg),
                        CallbackKind::Message,
                    ));
                }
            }
            let net_due = self.host.net.borrow_mut().take_due(self.host.isolate, now);
            for (due, handle, ready) in net_due {
                let id = self.host.next_id();
                batch.push((
                    due,
                    id,
                    JsValue::undefined(),
                    Delivery::Net(handle, ready),
                    CallbackKind::Net,
                ));
            }
            batch.sort_by_key(|b| (b.0, b.1));
            self.poll_batch = batch
                .into_iter()
                .map(|(_, id, cb, r, k)| (id, cb, r, k))
                .collect();
        }
        while let Some((id, callback, result, kind)) = self.poll_batch.pop_front() {
            let (err, value) = match result {
                Delivery::Port(msg) => {
                    let f = self.host.port_dispatch.borrow().clone();
                    let args = [
                        JsValue::from(msg.port as f64),
                        boa_engine::JsString::from(msg.kind).into(),
                        boa_engine::JsString::from(msg.data.as_str()).into(),
                    ];
                    if !self.invoke(&f, &JsValue::undefined(), &args, id, kind)? {
                        self.drain()?;
                    }
                    return Ok(Some(Status::Ran));
                }
                Delivery::Net(handle, ready) => {
                    if self.deliver_net(id, handle, ready)? {
                        return Ok(Some(Status::Ran));
                    }
                    continue;
                }
                Delivery::Ready(pair) => pair,
                Delivery::Work(Some(r)) => match natives::work_result_value(r, &mut self.ctx) {
                    Ok(v) => v,
                    Err(e) => (
                        e.into_opaque(&mut self.ctx).unwrap_or_default(),
                        JsValue::undefined(),
                    ),
                },
                Delivery::Work(None) => (JsValue::undefined(), JsValue::undefined()),
            };
            if !self.invoke(&callback, &JsValue::undefined(), &[err, value], id, kind)? {
                self.drain()?;
            }
            return Ok(Some(Status::Ran));
        }
        // libuv ≥ 1.45: after polling, the pending queue runs up to 8 times (write and
        // shutdown callbacks fed during poll complete before check).
        loop {
            if self.run_pending_one()? {
                return Ok(Some(Status::Ran));
            }
            if self.pending_rounds >= 8 || self.host.pending.borrow().is_empty() {
                break;
            }
            self.pending_rounds += 1;
            self.pending_batch = std::mem::take(&mut *self.host.pending.borrow_mut());
        }
        self.pending_rounds = 0;
        self.leave();
        self.phase_started = false;
        self.cursor = Cursor::Check;
        Ok(None)
    }

    /// uv__run_pending: handle work fed to the pending queue before the phase began.
    fn pending_phase(&mut self) -> Result<Option<Status>, Interrupt> {
        if !self.phase_started {
            self.phase_started = true;
            self.enter(Phase::Pending);
            self.pending_batch = std::mem::take(&mut *self.host.pending.borrow_mut());
        }
        if self.run_pending_one()? {
            return Ok(Some(Status::Ran));
        }
        self.leave();
        self.phase_started = false;
        self.cursor = Cursor::IdlePrepare;
        Ok(None)
    }

    /// Runs the next item of the pending batch. `Ok(false)` when the batch is empty.
    fn run_pending_one(&mut self) -> Result<bool, Interrupt> {
        while let Some((handle, ready)) = self.pending_batch.pop_front() {
            let id = self.host.next_id();
            if self.deliver_net(id, handle, ready)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// uv__run_closing_handles: the close callbacks of handles closed before the phase began.
    fn close_phase(&mut self) -> Result<Option<Status>, Interrupt> {
        if !self.phase_started {
            self.phase_started = true;
            self.enter(Phase::Close);
            // libuv prepends closing handles to a list: the last closed runs first.
            let mut batch = std::mem::take(&mut *self.host.closing.borrow_mut());
            batch.make_contiguous().reverse();
            self.close_batch = batch;
        }
        if let Some((id, cb)) = self.close_batch.pop_front() {
            if !self.invoke(&cb, &JsValue::undefined(), &[], id, CallbackKind::Close)? {
                self.drain()?;
            }
            return Ok(Some(Status::Ran));
        }
        self.leave();
        self.phase_started = false;
        self.pre_loop_pass = false;
        self.cursor = Cursor::Timers;
        Ok(None)
    }

    /// Delivers one socket readiness event to `net.js`. `Ok(false)` when there was nothing to
    /// deliver after all (no callback ran).
    fn deliver_net(
        &mut self,
        id: u64,
        handle: u64,
        ready: crate::net::Ready,
    ) -> Result<bool, Interrupt> {
        use crate::net::{Read, Ready};
        let now = self.host.clock.now_ns();
        let (what, arg): (&str, JsValue) = match ready {
            Ready::Connection { conn } => ("connection", JsValue::from(conn as f64)),
            Ready::Connect { status } => {
                self.host.net.borrow_mut().connected(handle);
                (
                    "connect",
                    status.map_or(JsValue::undefined(), |s| {
                        boa_engine::JsString::from(s).into()
                    }),
                )
            }
            Ready::Shutdown => {
                let ch = self.host.net.borrow_mut().send_fin(handle, now);
                if let Some(ch) = ch {
                    natives::trace_net(&self.host, &ch, None);
                }
                ("shutdown", JsValue::undefined())
            }
            Ready::Written { req } => ("written", JsValue::from(req as f64)),
            Ready::Readable => {
                let r = self.host.net.borrow_mut().read(handle, now);
                match r {
                    Read::Data(bytes) => match natives::bytes_value(bytes, &mut self.ctx) {
                        Ok(v) => ("read", v),
                        Err(_) => ("read", JsValue::null()),
                    },
                    Read::Eof => ("read", JsValue::null()),
                    Read::Reset => ("read", boa_engine::JsString::from("ECONNRESET").into()),
                    Read::Nothing => {
                        self.host.net.borrow_mut().rearm(handle, now);
                        return Ok(false);
                    }
                }
            }
        };
        let f = self.host.net_dispatch.borrow().clone();
        let args = [
            JsValue::from(handle as f64),
            boa_engine::JsString::from(what).into(),
            arg,
        ];
        if !self.invoke(&f, &JsValue::undefined(), &args, id, CallbackKind::Net)? {
            self.drain()?;
        }
        if ready == Ready::Readable {
            // uv__read keeps reading while bytes are there (each chunk its own callback).
            let more = self.host.net.borrow().readable_now(handle, now);
            if more {
                let next = self.host.next_id();
                self.poll_batch.push_front((
                    next,
                    JsValue::undefined(),
                    Delivery::Net(handle, ready),
                    CallbackKind::Net,
                ));
            } else {
                self.host.net.borrow_mut().rearm(handle, now);
            }
        }
        Ok(true)
    }

    fn check_phase(&mut self) -> Result<Option<Status>, Interrupt> {
        if !self.phase_started {
            self.phase_started = true;
            self.enter(Phase::Check);
            if self.check_batch.is_empty() {
                let mut st = self.host.st.borrow_mut();
                self.check_batch = std::mem::take(&mut st.immediates);
            }
        }
        while let Some(id) = self.check_batch.pop_front() {
            let entry = {
                let mut st = self.host.st.borrow_mut();
                let e = st.immediate_entries.remove(&id);
                if let Some(e) = &e {
                    if e.refed {
                        st.immediate_refed -= 1;
                    }
                }
                e
            };
            let Some(e) = entry else { continue };
            let this = JsValue::from(e.obj.clone());
            if !self.invoke(&e.callback, &this, &e.args, id, CallbackKind::Immediate)? {
                self.drain()?;
            }
            return Ok(Some(Status::Ran));
        }
        self.leave();
        self.phase_started = false;
        self.cursor = Cursor::Close;
        Ok(None)
    }

    /// Calls a loop callback, recording start/end, and routes an exception to the
    /// uncaught-exception machinery. `Ok(true)` when it threw and a handler took the error.
    fn invoke(
        &mut self,
        f: &JsValue,
        this: &JsValue,
        args: &[JsValue],
        id: u64,
        kind: CallbackKind,
    ) -> Result<bool, Interrupt> {
        let f = f.clone();
        let this = this.clone();
        self.invoke_with(
            move |ctx| natives::call_value(&f, &this, args, ctx),
            id,
            kind,
        )
    }

    fn invoke_with(
        &mut self,
        call: impl FnOnce(&mut Context) -> JsResult<JsValue>,
        id: u64,
        kind: CallbackKind,
    ) -> Result<bool, Interrupt> {
        let prev = {
            let mut st = self.host.st.borrow_mut();
            st.callbacks_run += 1;
            if st.callbacks_run > self.host.opts.limits.max_callbacks {
                return Err(Interrupt::Limit {
                    limit: "callbacks",
                    message: format!(
                        "the run exceeded its budget of {} callbacks",
                        self.host.opts.limits.max_callbacks
                    ),
                });
            }
            st.current_cb.replace(id)
        };
        self.host.announce_phase();
        self.host.emit(EventKind::CallbackStart { cb: id, kind });
        let r = call(&mut self.ctx);
        let synced = self.host.sync(&self.ctx);
        self.host.st.borrow_mut().current_cb = prev;
        // The callback was a job: objects its WeakRef reads kept alive may go now.
        self.ctx.clear_kept_objects();
        if self.host.trace_enabled() {
            let external_bytes = self.host.external_bytes(&mut self.ctx);
            self.host.emit(EventKind::CallbackEnd {
                cb: id,
                threw: r.is_err(),
                heap_bytes: crate::memory::heap_bytes().saturating_sub(external_bytes),
                external_bytes,
                total_bytes: crate::memory::total_bytes(),
            });
        }
        match r {
            Ok(_) => synced.map(|()| false),
            Err(e) => match self.classify(e) {
                Thrown::Value(v) => {
                    synced?;
                    self.uncaught(v, false).map(|()| true)
                }
                Thrown::Stop(i) => Err(i),
            },
        }
    }

    fn classify(&mut self, e: JsError) -> Thrown {
        if let Some(i) = self.host.interrupt.borrow_mut().take() {
            return Thrown::Stop(i);
        }
        if let Some(engine) = e.as_engine() {
            return match engine {
                EngineError::NoInstructionsRemain => Thrown::Stop(Interrupt::Limit {
                    limit: "instructions",
                    message: format!(
                        "the program ran {} JavaScript instructions without finishing (an infinite loop?); the budget is --max-instructions",
                        self.host.opts.limits.max_instructions
                    ),
                }),
                EngineError::RuntimeLimit(_) => {
                    let err = JsNativeError::range()
                        .with_message("Maximum call stack size exceeded")
                        .into_opaque(&mut self.ctx);
                    Thrown::Value(err.into())
                }
                EngineError::Panic(p) => Thrown::Stop(Interrupt::Limit {
                    limit: "engine",
                    message: format!("internal engine error: {p}"),
                }),
            };
        }
        match e.into_opaque(&mut self.ctx) {
            Ok(v) => Thrown::Value(v),
            Err(e2) => Thrown::Stop(Interrupt::Limit {
                limit: "engine",
                message: e2.to_string(),
            }),
        }
    }

    /// Node's `process._fatalException`: 'uncaughtException' handlers or a fatal exit.
    fn uncaught(&mut self, err: JsValue, from_promise: bool) -> Result<(), Interrupt> {
        let f = self.hooks.on_uncaught.clone();
        let r = f.call(
            &JsValue::undefined(),
            &[err.clone(), JsValue::from(from_promise)],
            &mut self.ctx,
        );
        let _ = self.host.sync(&self.ctx);
        let handled = match r {
            Ok(v) => v.to_boolean(),
            Err(e) => match self.classify(e) {
                Thrown::Value(v2) => {
                    // The handler itself threw: Node prints it and exits with 7.
                    self.print_fatal(&v2);
                    return Err(Interrupt::Exit(7));
                }
                Thrown::Stop(i) => return Err(i),
            },
        };
        let message = self.describe(&err);
        self.host.emit(EventKind::Uncaught {
            message,
            origin: if from_promise {
                "unhandledRejection"
            } else {
                "uncaughtException"
            },
            handled,
        });
        if handled {
            // Cost model: node's first handled uncaught exception takes several milliseconds
            // (lazy initialisation of its error machinery; 3.5–10 ms measured here), later ones
            // about 0.4 ms. Timers armed just before can therefore fire first, as in node.
            let first = self.uncaught_handled == 0;
            self.uncaught_handled += 1;
            self.host
                .clock
                .advance_ns(if first { 8_000_000 } else { 400_000 });
            return Ok(());
        }
        if self
            .host
            .worker
            .as_ref()
            .is_some_and(|w| w.process.is_none())
        {
            // A worker's uncaught exception goes to the parent's 'error' event, unprinted.
            let data = self.error_json(&err);
            let host = Rc::clone(&self.host);
            let Some(link) = &host.worker else {
                return Err(Interrupt::Exit(1));
            };
            crate::worker::post(
                &self.host.group,
                &link.parent_inbox,
                self.host.clock.now_ns(),
                crate::worker::PortMsg {
                    port: u64::from(link.thread_id),
                    kind: "error",
                    data,
                },
            );
            return Err(Interrupt::Exit(1));
        }
        self.print_fatal(&err);
        let code = self.exit_code_or(1);
        Err(Interrupt::Exit(code))
    }

    /// A thrown value in the structured-clone wire form (`internal/worker_serialize`), for
    /// the parent's 'error' event; values that cannot be cloned travel as their string.
    fn error_json(&mut self, v: &JsValue) -> String {
        let f = self.hooks.serialize_thrown.clone();
        match f.call(
            &JsValue::undefined(),
            std::slice::from_ref(v),
            &mut self.ctx,
        ) {
            Ok(s) => s
                .as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default(),
            Err(_) => String::from("{\"t\":\"u\"}"),
        }
    }

    fn exit_code_or(&mut self, default: i32) -> i32 {
        let process = self
            .ctx
            .global_object()
            .get(js_string!("process"), &mut self.ctx)
            .ok()
            .and_then(|p| p.as_object());
        let Some(p) = process else { return default };
        match p.get(js_string!("exitCode"), &mut self.ctx) {
            Ok(v) if !v.is_undefined() && !v.is_null() => v
                .to_number(&mut self.ctx)
                .ok()
                .filter(|n| n.is_finite())
                .map_or(default, |n| n as i32),
            _ => default,
        }
    }

    fn describe(&mut self, v: &JsValue) -> String {
        let f = self.hooks.format_fatal.clone();
        match f.call(
            &JsValue::undefined(),
            &[v.clone(), false.into()],
            &mut self.ctx,
        ) {
            Ok(s) => s
                .as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default(),
            Err(_) => String::from("<error>"),
        }
    }

    fn print_fatal(&mut self, v: &JsValue) {
        let f = self.hooks.format_fatal.clone();
        let text = match f.call(
            &JsValue::undefined(),
            &[v.clone(), true.into()],
            &mut self.ctx,
        ) {
            Ok(s) => s
                .as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default(),
            Err(_) => String::from("Uncaught exception\n"),
        };
        self.host.write(
            Stream::Stderr,
            &format!("{text}\n\nNode.js {NODE_VERSION}\n"),
        );
    }

    /// `processTicksAndRejections`: all ticks, then all microtasks, until both are empty;
    /// unhandled rejections are processed when the tick queue is empty.
    fn drain(&mut self) -> Result<(), Interrupt> {
        self.drain_jobs = 0;
        loop {
            let n = self.host.ticks.borrow().len();
            if n > 0 {
                self.host.emit(EventKind::DrainStart {
                    queue: Queue::Ticks,
                    len: n,
                });
                loop {
                    let t = self.host.ticks.borrow_mut().pop_front();
                    let Some(t) = t else { break };
                    self.count_drain_job()?;
                    let threw = self.invoke(
                        &t.callback,
                        &JsValue::undefined(),
                        &t.args,
                        t.id,
                        CallbackKind::Tick,
                    )?;
                    if threw {
                        // The exception unwound processTicksAndRejections: the rest of both
                        // queues waits for the next drain.
                        self.host.emit(EventKind::DrainEnd {
                            queue: Queue::Ticks,
                        });
                        return Ok(());
                    }
                }
                self.host.emit(EventKind::DrainEnd {
                    queue: Queue::Ticks,
                });
            }
            self.run_microtasks()?;
            if self.host.ticks.borrow().is_empty() {
                let more = if self.host.rejections.borrow().is_empty() {
                    false
                } else {
                    self.process_rejections()?
                };
                if !more
                    && self.host.ticks.borrow().is_empty()
                    && self.host.micro.borrow().is_empty()
                {
                    return Ok(());
                }
            }
        }
    }

    fn count_drain_job(&mut self) -> Result<(), Interrupt> {
        self.drain_jobs += 1;
        let max = self.host.opts.limits.max_drain_jobs;
        if self.drain_jobs > max {
            return Err(Interrupt::Limit {
                limit: "starvation",
                message: format!(
                    "event loop starvation: {max} nextTick/microtask callbacks ran back to back without the loop reaching its next phase (recursive process.nextTick or a promise loop?)"
                ),
            });
        }
        Ok(())
    }

    fn run_microtasks(&mut self) -> Result<(), Interrupt> {
        if !self.host.async_jobs.borrow().is_empty() {
            self.run_async_jobs();
        }
        let n = self.host.micro.borrow().len();
        if n == 0 {
            return self.check_module_error();
        }
        self.host.emit(EventKind::DrainStart {
            queue: Queue::Microtasks,
            len: n,
        });
        loop {
            if self.host.micro.borrow().is_empty() && !self.host.async_jobs.borrow().is_empty() {
                self.run_async_jobs();
            }
            let m = self.host.micro.borrow_mut().pop_front();
            let Some(m) = m else { break };
            self.count_drain_job()?;
            let (id, kind) = (m.id, m.kind);
            let job = RefCell::new(Some(m.job));
            self.invoke_with(
                move |ctx| match job.borrow_mut().take() {
                    Some(Job::PromiseJob(j)) => j.call(ctx),
                    Some(Job::GenericJob(j)) => j.call(ctx),
                    _ => Ok(JsValue::undefined()),
                },
                id,
                kind,
            )?;
        }
        self.host.emit(EventKind::DrainEnd {
            queue: Queue::Microtasks,
        });
        self.check_module_error()
    }

    fn process_rejections(&mut self) -> Result<bool, Interrupt> {
        let events = std::mem::take(&mut *self.host.rejections.borrow_mut());
        let items: Vec<JsValue> = events
            .into_iter()
            .map(|(op, p)| {
                JsArray::from_iter([JsValue::from(op), JsValue::from(p)], &mut self.ctx).into()
            })
            .collect();
        let list = JsArray::from_iter(items, &mut self.ctx);
        let f = self.hooks.process_rejections.clone();
        let r = f.call(&JsValue::undefined(), &[list.into()], &mut self.ctx);
        let _ = self.host.sync(&self.ctx);
        match r {
            // The hook returns [more, fatalErrorOrUndefined, hasFatal].
            Ok(v) => {
                let Some(o) = v.as_object() else {
                    return Ok(false);
                };
                let more = o
                    .get(0, &mut self.ctx)
                    .map(|v| v.to_boolean())
                    .unwrap_or(false);
                let has_fatal = o
                    .get(2, &mut self.ctx)
                    .map(|v| v.to_boolean())
                    .unwrap_or(false);
                if has_fatal {
                    let err = o.get(1, &mut self.ctx).unwrap_or_default();
                    self.uncaught(err, true)?;
                    return Ok(true);
                }
                Ok(more)
            }
            Err(e) => match self.classify(e) {
                Thrown::Value(v) => {
                    self.uncaught(v, false)?;
                    Ok(true)
                }
                Thrown::Stop(i) => Err(i),
            },
        }
    }

    fn finish_interrupt(&mut self, i: Interrupt) {
        match i {
            Interrupt::Exit(code) => self.finish(code, None),
            Interrupt::Limit { limit, message } => {
                self.host.emit(EventKind::LimitExceeded {
                    limit,
                    message: message.clone(),
                });
                self.host
                    .write(Stream::Stderr, &format!("loopscope: {message}\n"));
                self.finish(1, Some((limit.to_owned(), message)));
            }
        }
    }

    fn finish(&mut self, code: i32, limit: Option<(String, String)>) {
        crate::worker::terminate_all(&self.host);
        self.host.emit(EventKind::Exit { code });
        self.cursor = Cursor::Done;
        self.outcome = Some(Outcome {
            exit_code: code,
            limit,
        });
    }
}
