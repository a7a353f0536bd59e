//! loopscope_core: a Node.js-compatible runtime on boa_engine with Node's event loop, built as
//! a state machine a host drives. Portable: it never touches the platform (time, threads, files,
//! DOM) except through the traits hosts implement ([`HostClock`], [`OutputSink`],
//! [`ModuleBundle`]).
//!
//! ```text
//! source → Runtime (boa Context + loop + Node APIs) → trace events / output → host
//! ```

pub mod clock;
mod esm;
mod executor;
mod host;
mod idmap;
pub mod memory;
mod modules;
mod natives;
pub mod net;
pub mod options;
pub mod pool;
mod runtime;
mod timers;
pub mod trace;
pub mod vfs;
pub mod work;
mod worker;

pub use clock::HostClock;
pub use host::{Interrupt, OutputSink};
pub use modules::{builtin_ids, non_boot_loads, set_module_bundle, ModuleBundle};
pub use options::{ClockMode, Limits, RunOptions};
pub use runtime::{Outcome, Runtime, RuntimeError, Status, NODE_VERSION};
pub use trace::{CallbackKind, Event, EventKind, Phase, Stream};

/// An [`OutputSink`] that keeps everything in memory (tests, the web host).
#[derive(Debug, Default, Clone)]
pub struct CapturedOutput {
    /// Everything written to stdout.
    pub stdout: std::rc::Rc<std::cell::RefCell<String>>,
    /// Everything written to stderr.
    pub stderr: std::rc::Rc<std::cell::RefCell<String>>,
}

impl OutputSink for CapturedOutput {
    fn write(&mut self, stream: Stream, text: &str) {
        match stream {
            Stream::Stdout => self.stdout.borrow_mut().push_str(text),
            Stream::Stderr => self.stderr.borrow_mut().push_str(text),
        }
    }
}

/// Result of [`run_captured`].
#[derive(Debug, Clone)]
pub struct CapturedRun {
    /// Program stdout.
    pub stdout: String,
    /// Program stderr.
    pub stderr: String,
    /// How it ended.
    pub outcome: Outcome,
    /// The trace.
    pub events: Vec<Event>,
}

/// Runs a program to the end in virtual time, capturing output and trace.
pub fn run_captured(
    path: &str,
    source: &str,
    opts: RunOptions,
) -> Result<CapturedRun, RuntimeError> {
    let out = CapturedOutput::default();
    let mut rt = Runtime::new(opts, Box::new(out.clone()), None)?;
    rt.load_main(path, source);
    let outcome = rt.run_to_end(|_| {});
    let events = rt.take_events();
    let stdout = out.stdout.borrow().clone();
    let stderr = out.stderr.borrow().clone();
    Ok(CapturedRun {
        stdout,
        stderr,
        outcome,
        events,
    })
}
