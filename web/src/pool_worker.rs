//! The libuv thread pool on real Web Workers: [`WebPool`] is the core's
//! [`PoolBackend`] in the runtime worker, with one pool Web Worker per pool thread (started
//! on first use), and [`start`] is the pool worker's side, which computes each task with the
//! core's [`Work::execute`] — real pbkdf2, scrypt, hkdf, digests, random bytes, DNS lookups,
//! and zlib calls, whose stream's whole context travels with them and back — in parallel
//! with the runtime and the other pool threads.
//!
//! Tasks and results cross `postMessage` as one transferred byte buffer each
//! ([`Work::to_wire`], zlib/snap's format). The core decides when a task is done (virtual
//! clock: its cost model, so runs match the CLI's; real clock: when the result arrives); the
//! trace names the Web Worker that ran it (`web-worker-<thread>`).

use std::cell::RefCell;
use std::rc::Rc;

use loopscope_core::pool::PoolBackend;
use loopscope_core::work::{Work, WorkResult};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::protocol::{
    field_bytes, field_f64, field_str, object, post_error, scope, spawn_worker, transferable,
    MessageHandler,
};

/// Results arriving from pool workers, for the runtime worker to hand to the core.
pub type Inbox = Rc<RefCell<Vec<PoolMessage>>>;

/// What a pool worker reported.
#[derive(Debug)]
pub enum PoolMessage {
    /// Task `id` finished with `result`.
    Result(u64, WorkResult),
    /// The worker failed (a panic or a trap): the run cannot go on.
    Failed(String),
}

/// The runtime worker's pool backend.
pub struct WebPool {
    boot_source: String,
    module: JsValue,
    workers: Vec<Option<web_sys::Worker>>,
    inbox: Inbox,
    wake: Rc<dyn Fn()>,
    /// Keeps the message handlers alive as long as the workers.
    handlers: Vec<MessageHandler>,
    error_handlers: Vec<Closure<dyn FnMut(web_sys::ErrorEvent)>>,
}

impl WebPool {
    /// A pool whose workers start from `boot_source` with `module`; `wake` is called whenever
    /// a message lands in `inbox`.
    pub fn new(boot_source: String, module: JsValue, inbox: Inbox, wake: Rc<dyn Fn()>) -> Self {
        Self {
            boot_source,
            module,
            workers: Vec::new(),
            inbox,
            wake,
            handlers: Vec::new(),
            error_handlers: Vec::new(),
        }
    }

    fn worker(&mut self, thread: usize) -> Result<&web_sys::Worker, String> {
        if self.workers.len() <= thread {
            self.workers.resize(thread + 1, None);
        }
        if self.workers[thread].is_none() {
            let init = object(&[
                ("role", "pool".into()),
                ("module", self.module.clone()),
                ("bootSource", self.boot_source.as_str().into()),
                ("index", (thread as f64).into()),
            ]);
            let w = spawn_worker(
                &self.boot_source,
                &format!("loopscope-pool-{thread}"),
                &init,
            )
            .map_err(|e| format!("cannot start pool Web Worker {thread}: {e:?}"))?;
            let inbox = self.inbox.clone();
            let wake = self.wake.clone();
            let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |e: web_sys::MessageEvent| {
                    let data = e.data();
                    let msg = match field_str(&data, "type").as_deref() {
                        Some("result") => {
                            let id = field_f64(&data, "id").unwrap_or(-1.0);
                            let parsed = field_bytes(&data, "result")
                                .ok_or_else(|| "no result".to_owned())
                                .and_then(|r| WorkResult::from_wire(&r).map_err(|e| e.to_string()));
                            match parsed {
                                Ok(r) if id >= 0.0 => PoolMessage::Result(id as u64, r),
                                Ok(_) => PoolMessage::Failed("a pool result had no task id".into()),
                                Err(e) => PoolMessage::Failed(format!(
                                    "a pool Web Worker sent an unreadable result: {e}"
                                )),
                            }
                        }
                        _ => PoolMessage::Failed(
                            field_str(&data, "message")
                                .unwrap_or_else(|| "a pool Web Worker failed".to_owned()),
                        ),
                    };
                    inbox.borrow_mut().push(msg);
                    wake();
                },
            );
            w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            let inbox = self.inbox.clone();
            let wake = self.wake.clone();
            let on_error =
                Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                    inbox.borrow_mut().push(PoolMessage::Failed(format!(
                        "a pool Web Worker crashed: {}",
                        e.message()
                    )));
                    wake();
                });
            w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            self.handlers.push(on_message);
            self.error_handlers.push(on_error);
            self.workers[thread] = Some(w);
        }
        self.workers[thread]
            .as_ref()
            .ok_or_else(|| "pool Web Worker missing".to_owned())
    }

    /// Stops every pool worker.
    pub fn terminate(&mut self) {
        for w in self.workers.iter().flatten() {
            w.terminate();
        }
        self.workers.clear();
    }
}

impl Drop for WebPool {
    fn drop(&mut self) {
        self.terminate();
    }
}

impl PoolBackend for WebPool {
    fn start(&mut self, id: u64, thread: usize, work: &mut Work) -> Option<WorkResult> {
        let (data, transfer) = transferable(&work.to_wire());
        let sent = self.worker(thread).and_then(|w| {
            w.post_message_with_transfer(
                &object(&[
                    ("type", "work".into()),
                    ("id", (id as f64).into()),
                    ("work", data),
                ]),
                &transfer,
            )
            .map_err(|e| format!("cannot reach pool Web Worker {thread}: {e:?}"))
        });
        if let Err(e) = sent {
            self.inbox.borrow_mut().push(PoolMessage::Failed(e));
            (self.wake)();
        }
        None
    }

    fn executor(&self, thread: usize, _work: &Work) -> Option<String> {
        Some(format!("web-worker-{thread}"))
    }
}

thread_local! {
    static POOL_HANDLER: RefCell<Option<MessageHandler>> =
        const { RefCell::new(None) };
}

/// The pool worker's side: computes each task it is sent and posts the result back.
pub fn start(_init: &JsValue) {
    let handler = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|e: web_sys::MessageEvent| {
        let data = e.data();
        let (Some(id), Some(work)) = (field_f64(&data, "id"), field_bytes(&data, "work")) else {
            post_error("loopscope: a pool Web Worker got a malformed task");
            return;
        };
        let mut work = match Work::from_wire(&work) {
            Ok(w) => w,
            Err(e) => {
                post_error(&format!("loopscope: {e}"));
                return;
            }
        };
        let (result, transfer) = transferable(&work.execute().to_wire());
        let _ = scope().post_message_with_transfer(
            &object(&[
                ("type", "result".into()),
                ("id", id.into()),
                ("result", result),
            ]),
            &transfer,
        );
    });
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    POOL_HANDLER.with(|h| *h.borrow_mut() = Some(handler));
}
