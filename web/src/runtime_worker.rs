//! The runtime Web Worker: one run of the core per worker, driven through the core's step API.
//!
//! The worker runs callbacks for a slice of about [`SLICE_MS`] of wall time, then yields to its
//! own event loop (through a `MessageChannel`, which `setTimeout` clamping cannot slow down) so
//! pause / resume / step messages are handled promptly, and posts the trace events, output and
//! a memory sample gathered during the slice as one batch. In virtual-clock mode idle time is
//! skipped by the core at once; in real-clock mode the worker sleeps until the next due timer
//! (`setTimeout`). When the loop waits for a pool task, the pool Web Worker's answer wakes it.
//! Stop is the page terminating the worker.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use loopscope_core::{CapturedOutput, Event, EventKind, HostClock, Runtime, Status};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::config::PageOptions;
use crate::pool_worker::{Inbox, PoolMessage, WebPool};
use crate::protocol::{
    date_now, field_str, object, performance_now, post, post_error, scope, MessageHandler,
};

/// Wall-clock milliseconds of work between two yields to the worker's event loop.
pub const SLICE_MS: f64 = 12.0;

/// `performance.now()` as the core's real clock.
struct PerfClock;

impl HostClock for PerfClock {
    fn monotonic_ns(&self) -> u64 {
        (performance_now() * 1e6) as u64
    }

    fn wall_ms(&self) -> i64 {
        date_now() as i64
    }
}

/// Bytes of this instance's linear memory.
fn wasm_memory_bytes() -> u64 {
    #[cfg(target_arch = "wasm32")]
    {
        core::arch::wasm32::memory_size::<0>() as u64 * 65_536
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}

/// Called from inside the allocator past the hard heap limit: tell the page (without
/// allocating in Rust), then end the instance; the page starts a fresh worker.
fn heap_exhausted(_bytes: u64) {
    post_error(
        "loopscope: JavaScript heap out of memory: the program allocated past the heap limit \
         (maxHeapMb) in one synchronous stretch",
    );
    trap();
}

/// Ends the instance the way a failed allocation or stack overflow does.
fn trap() {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
}

struct Session {
    rt: Runtime,
    out: CapturedOutput,
    sent_stdout: usize,
    sent_stderr: usize,
    paused: bool,
    inbox: Inbox,
    external_bytes: u64,
    state: &'static str,
}

struct WorkerState {
    boot_source: String,
    module: JsValue,
    session: Option<Session>,
    timer: Option<i32>,
}

thread_local! {
    static STATE: RefCell<Option<WorkerState>> = const { RefCell::new(None) };
    static WAKE_QUEUED: Cell<bool> = const { Cell::new(false) };
    // Apart from STATE: the pool backend wakes the loop while STATE is borrowed.
    static WAKE_PORT: RefCell<Option<web_sys::MessagePort>> = const { RefCell::new(None) };
    static HANDLERS: RefCell<Vec<MessageHandler>> =
        const { RefCell::new(Vec::new()) };
    static TIMER_FN: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
    // A runtime bootstrapped with the default options while the worker waits for its run.
    static PREPARED: RefCell<Option<(Runtime, CapturedOutput)>> = const { RefCell::new(None) };
}

/// Bootstraps a default runtime ahead of the run (most runs use the defaults): the run then
/// starts at once. The virtual clock starts after bootstrap, so the run is the same as with a
/// runtime built on demand.
fn prepare() {
    let busy = with_state(|s| s.session.is_some()).unwrap_or(true);
    if busy || PREPARED.with(|p| p.borrow().is_some()) {
        return;
    }
    let Ok(opts) = PageOptions::default().run_options() else {
        return;
    };
    let out = CapturedOutput::default();
    if let Ok(rt) = Runtime::new(opts, Box::new(out.clone()), None) {
        PREPARED.with(|p| *p.borrow_mut() = Some((rt, out)));
    }
}

thread_local! {
    /// The module bundle's text when the page already has it (another worker of the same
    /// playground fetched it): handed over in the init or a `modules` message.
    static BUNDLE_TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The builtin modules the package does not embed (the `lazy-modules` build), from
/// `loopscope_modules.json` next to the package's JavaScript, the first time a program needs
/// one. The page hands the text over when an earlier worker already fetched it; otherwise,
/// since `require()` is synchronous, so is the fetch: a synchronous XMLHttpRequest, which
/// dedicated workers may make, whose text then goes to the page for the next workers.
struct FetchedBundle {
    url: String,
}

impl loopscope_core::ModuleBundle for FetchedBundle {
    fn load(&self) -> Result<String, String> {
        if let Some(text) = BUNDLE_TEXT.with(|b| b.borrow_mut().take()) {
            return Ok(text);
        }
        let text = self.fetch()?;
        post(&object(&[
            ("type", "modules".into()),
            ("text", text.as_str().into()),
        ]));
        Ok(text)
    }
}

impl FetchedBundle {
    fn fetch(&self) -> Result<String, String> {
        let failed = |e: JsValue| format!("{}: {}", self.url, describe(&e));
        let xhr = web_sys::XmlHttpRequest::new().map_err(failed)?;
        xhr.open_with_async("GET", &self.url, false)
            .map_err(failed)?;
        xhr.send().map_err(failed)?;
        match xhr.status().map_err(failed)? {
            200 => xhr
                .response_text()
                .map_err(failed)?
                .ok_or_else(|| format!("{}: empty response", self.url)),
            status => Err(format!("{}: HTTP status {status}", self.url)),
        }
    }
}

/// A thrown JS value as text.
fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Sets the worker up and tells the page it is ready.
pub fn start(init: &JsValue) {
    loopscope_core::memory::set_total_probe(wasm_memory_bytes);
    if let Some(url) = field_str(init, "modulesUrl") {
        loopscope_core::set_module_bundle(Box::new(FetchedBundle { url }));
    }
    if let Some(text) = field_str(init, "modulesText") {
        BUNDLE_TEXT.with(|b| *b.borrow_mut() = Some(text));
    }
    let boot_source = field_str(init, "bootSource").unwrap_or_default();
    let module = js_sys::Reflect::get(init, &"module".into()).unwrap_or(JsValue::UNDEFINED);
    let channel = match web_sys::MessageChannel::new() {
        Ok(c) => c,
        Err(e) => {
            post_error(&format!("loopscope: cannot create a MessageChannel: {e:?}"));
            return;
        }
    };
    let on_wake = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|_e: web_sys::MessageEvent| {
        WAKE_QUEUED.with(|q| q.set(false));
        if with_state(|s| s.session.is_none()).unwrap_or(false) {
            prepare();
        } else {
            run_slice(None);
        }
    });
    channel
        .port1()
        .set_onmessage(Some(on_wake.as_ref().unchecked_ref()));
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
            on_page_message(&e.data());
        });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    HANDLERS.with(|h| h.borrow_mut().extend([on_wake, on_message]));
    TIMER_FN.with(|t| {
        *t.borrow_mut() = Some(Closure::<dyn FnMut()>::new(|| {
            with_state(|s| s.timer = None);
            run_slice(None);
        }));
    });
    WAKE_PORT.with(|p| *p.borrow_mut() = Some(channel.port2()));
    STATE.with(|s| {
        *s.borrow_mut() = Some(WorkerState {
            boot_source,
            module,
            session: None,
            timer: None,
        });
    });
    post(&object(&[("type", "ready".into())]));
    wake_soon();
}

fn with_state<R>(f: impl FnOnce(&mut WorkerState) -> R) -> Option<R> {
    STATE.with(|s| s.borrow_mut().as_mut().map(f))
}

/// Runs a slice soon (after pending messages).
fn wake_soon() {
    if WAKE_QUEUED.with(|q| q.replace(true)) {
        return;
    }
    WAKE_PORT.with(|p| {
        if let Some(port) = p.borrow().as_ref() {
            let _ = port.post_message(&JsValue::NULL);
        }
    });
}

/// Runs a slice after `ms` of real time.
fn wake_after(ms: f64) {
    let id = TIMER_FN.with(|t| {
        t.borrow().as_ref().and_then(|f| {
            scope()
                .set_timeout_with_callback_and_timeout_and_arguments_0(
                    f.as_ref().unchecked_ref(),
                    ms.ceil().clamp(0.0, 2_147_483_647.0) as i32,
                )
                .ok()
        })
    });
    with_state(|s| {
        if let Some(old) = s.timer.take() {
            scope().clear_timeout_with_handle(old);
        }
        s.timer = id;
    });
}

fn on_page_message(data: &JsValue) {
    match field_str(data, "type").as_deref() {
        Some("run") => {
            let code = field_str(data, "code").unwrap_or_default();
            let options = field_str(data, "options").unwrap_or_default();
            start_run(&code, &options);
        }
        Some("pause") => {
            with_state(|s| {
                if let Some(sess) = s.session.as_mut() {
                    sess.paused = true;
                }
            });
            post_state("paused");
        }
        Some("resume") => {
            with_state(|s| {
                if let Some(sess) = s.session.as_mut() {
                    sess.paused = false;
                }
            });
            wake_soon();
        }
        Some("step") => run_slice(Some(1)),
        Some("modules") => {
            if let Some(text) = field_str(data, "text") {
                BUNDLE_TEXT.with(|b| *b.borrow_mut() = Some(text));
            }
        }
        other => post_error(&format!("loopscope: unknown message {other:?}")),
    }
}

fn post_state(state: &'static str) {
    let changed = with_state(|s| {
        s.session.as_mut().is_some_and(|sess| {
            let changed = sess.state != state;
            sess.state = state;
            changed
        })
    })
    .unwrap_or(false);
    if changed {
        post(&object(&[
            ("type", "state".into()),
            ("state", state.into()),
        ]));
    }
}

fn start_run(code: &str, options_json: &str) {
    let page = match PageOptions::from_json(options_json) {
        Ok(p) => p,
        Err(e) => return post_error(&format!("loopscope: {e}")),
    };
    let opts = match page.run_options() {
        Ok(o) => o,
        Err(e) => return post_error(&format!("loopscope: {e}")),
    };
    // A program that allocates without ever calling into the runtime (a tight loop building
    // strings) never reaches the soft limit's checks: stop it in the allocator, a bit above.
    let soft = opts.limits.max_heap_bytes;
    loopscope_core::memory::set_hard_limit(
        soft.saturating_add(soft / 4)
            .saturating_add(64 * 1024 * 1024),
        heap_exhausted,
    );
    match page.crash_test.as_deref() {
        Some("panic") => panic!("crash test requested by the page"),
        Some("trap") => trap(),
        _ => {}
    }
    let prepared = PREPARED
        .with(|p| p.borrow_mut().take())
        .filter(|_| page.uses_default_runtime());
    let (mut rt, out) = match prepared {
        Some(ready) => ready,
        None => {
            let out = CapturedOutput::default();
            let clock: Option<Box<dyn HostClock>> =
                page.real_clock().then(|| Box::new(PerfClock) as _);
            match Runtime::new(opts, Box::new(out.clone()), clock) {
                Ok(rt) => (rt, out),
                Err(e) => return post_error(&format!("loopscope: {e}")),
            }
        }
    };
    let inbox: Inbox = Rc::default();
    let Some((boot, module)) = with_state(|s| (s.boot_source.clone(), s.module.clone())) else {
        return post_error("loopscope: the runtime worker was not initialised");
    };
    rt.set_pool_backend(Box::new(WebPool::new(
        boot,
        module,
        inbox.clone(),
        Rc::new(wake_soon),
    )));
    rt.load_main(&page.filename(), code);
    let paused = page.paused.unwrap_or(false);
    with_state(|s| {
        s.session = Some(Session {
            rt,
            out,
            sent_stdout: 0,
            sent_stderr: 0,
            paused,
            inbox,
            external_bytes: 0,
            state: "",
        });
    });
    if paused {
        post_state("paused");
    } else {
        post_state("running");
        wake_soon();
    }
}

enum SliceEnd {
    Yield,
    Sleep(f64),
    Wait,
    Paused,
    Done(loopscope_core::Outcome),
    Failed(String),
}

/// Runs callbacks until the slice's time is up, the loop blocks, the run ends, or
/// `max_steps` callbacks ran (a page `step`).
fn run_slice(max_steps: Option<usize>) {
    let end = with_state(|s| {
        let sess = s.session.as_mut()?;
        // Pool results first: they may unblock the loop.
        let arrived: Vec<PoolMessage> = sess.inbox.borrow_mut().drain(..).collect();
        for m in arrived {
            match m {
                PoolMessage::Result(id, r) => sess.rt.complete_pool_task(id, r),
                PoolMessage::Failed(msg) => return Some(SliceEnd::Failed(msg)),
            }
        }
        if sess.paused && max_steps.is_none() {
            return Some(SliceEnd::Paused);
        }
        let started = performance_now();
        let mut steps = 0;
        let end = loop {
            match sess.rt.step() {
                Status::Ran => {
                    steps += 1;
                    if max_steps.is_some_and(|m| steps >= m) {
                        break SliceEnd::Paused;
                    }
                    if performance_now() - started > SLICE_MS {
                        break SliceEnd::Yield;
                    }
                }
                Status::Blocked { until_ns } => {
                    let ms = until_ns.saturating_sub(sess.rt.now_ns()) as f64 / 1e6;
                    break SliceEnd::Sleep(ms);
                }
                Status::AwaitingPool { until_ns } => {
                    if let Some(u) = until_ns {
                        let ms = u.saturating_sub(sess.rt.now_ns()) as f64 / 1e6;
                        break SliceEnd::Sleep(ms);
                    }
                    break SliceEnd::Wait;
                }
                Status::Done(o) => break SliceEnd::Done(o),
            }
        };
        flush(sess);
        Some(end)
    })
    .flatten();
    match end {
        None => {}
        Some(SliceEnd::Yield) => wake_soon(),
        Some(SliceEnd::Sleep(ms)) => {
            post_state("sleeping");
            wake_after(ms);
        }
        Some(SliceEnd::Wait) => post_state("waiting"),
        Some(SliceEnd::Paused) => {
            let paused = with_state(|s| s.session.as_ref().is_some_and(|x| x.paused));
            if paused == Some(true) {
                post_state("paused");
            } else {
                wake_soon();
            }
        }
        Some(SliceEnd::Done(o)) => {
            let limit = o.limit.as_ref().map_or(JsValue::NULL, |(name, msg)| {
                object(&[
                    ("name", name.as_str().into()),
                    ("message", msg.as_str().into()),
                ])
            });
            post(&object(&[
                ("type", "done".into()),
                ("exitCode", f64::from(o.exit_code).into()),
                ("limit", limit),
            ]));
            // Ends the pool workers too.
            with_state(|s| s.session = None);
        }
        Some(SliceEnd::Failed(msg)) => {
            with_state(|s| s.session = None);
            post_error(&format!("loopscope: {msg}"));
        }
    }
}

/// Sends what the slice produced: trace events, new output, a memory sample.
fn flush(sess: &mut Session) {
    let events: Vec<Event> = sess.rt.take_events();
    for e in events.iter().rev() {
        if let EventKind::CallbackEnd { external_bytes, .. } = &e.kind {
            sess.external_bytes = *external_bytes;
            break;
        }
    }
    let stdout = sess.out.stdout.borrow();
    let stderr = sess.out.stderr.borrow();
    let new_out = stdout.get(sess.sent_stdout..).unwrap_or("").to_owned();
    let new_err = stderr.get(sess.sent_stderr..).unwrap_or("").to_owned();
    sess.sent_stdout = stdout.len();
    sess.sent_stderr = stderr.len();
    drop((stdout, stderr));
    if events.is_empty() && new_out.is_empty() && new_err.is_empty() {
        return;
    }
    let json = serde_json::to_string(&events).unwrap_or_else(|_| "[]".into());
    let memory = object(&[
        (
            "heapBytes",
            (loopscope_core::memory::heap_bytes().saturating_sub(sess.external_bytes) as f64)
                .into(),
        ),
        ("wasmBytes", (wasm_memory_bytes() as f64).into()),
        ("externalBytes", (sess.external_bytes as f64).into()),
    ]);
    post(&object(&[
        ("type", "batch".into()),
        ("events", json.into()),
        ("stdout", new_out.into()),
        ("stderr", new_err.into()),
        ("memory", memory),
    ]));
}
