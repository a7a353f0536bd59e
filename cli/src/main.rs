//! `loopscope` — the native command-line runner.
//!
//! ```text
//! loopscope run [options] FILE.js
//! ```
//! Runs FILE as a CommonJS main module with Node's event loop; the program's stdout/stderr go
//! to this process's stdout/stderr and the exit code is the program's.

mod args;

use std::io::Write;
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use loopscope_core::{memory::CountingAllocator, HostClock, OutputSink, Runtime, Stream};

#[global_allocator]
static ALLOC: CountingAllocator = CountingAllocator;

struct StdOutput;

impl OutputSink for StdOutput {
    fn write(&mut self, stream: Stream, text: &str) {
        // Output errors (closed pipe) are not the program's problem: ignore them like node does
        // for EPIPE on exit.
        let _ = match stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|()| out.flush())
            }
            Stream::Stderr => std::io::stderr().write_all(text.as_bytes()),
        };
    }
}

struct RealClock(Instant);

impl HostClock for RealClock {
    fn monotonic_ns(&self) -> u64 {
        u64::try_from(self.0.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    fn wall_ms(&self) -> i64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(0))
    }
}

fn main() -> ExitCode {
    let parsed = match args::parse(std::env::args().skip(1).collect()) {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            eprintln!("{}", args::USAGE);
            return ExitCode::from(9);
        }
    };
    let args::Command::Run(run) = parsed else {
        println!("{}", args::USAGE);
        return ExitCode::SUCCESS;
    };
    // boa re-enters Rust for native → JS calls; give deep programs a roomy stack.
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || execute(*run));
    match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("loopscope: internal error (the runtime thread crashed)");
            ExitCode::from(70)
        }
    }
}

/// Called from inside the allocator when the hard heap limit is passed: report and exit
/// without allocating.
fn heap_exhausted(bytes: u64) {
    let mut digits = [0u8; 20];
    let mut n = bytes / (1024 * 1024);
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    let mut err = std::io::stderr();
    let _ = err.write_all(b"\nloopscope: JavaScript heap out of memory: ");
    let _ = err.write_all(&digits[i..]);
    let _ = err.write_all(
        b" MiB allocated in one synchronous stretch, over the heap limit (--max-heap-mb)\n",
    );
    // `_exit`: no atexit handlers or destructors may run while the allocator is mid-call.
    // SAFETY: `_exit` never returns and touches no Rust state.
    unsafe { libc::_exit(1) }
}

fn execute(run: args::RunArgs) -> u8 {
    let source = match std::fs::read(&run.file) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("Error: Cannot find module '{}' ({e})", run.file.display());
            return 1;
        }
    };
    let path = std::fs::canonicalize(&run.file)
        .unwrap_or_else(|_| run.file.clone())
        .display()
        .to_string();
    let mut opts = run.options;
    // Allocation bursts that never reach a sync point are stopped here, a bit above the limit
    // the runtime checks itself.
    let soft = opts.limits.max_heap_bytes;
    loopscope_core::memory::set_hard_limit(
        soft.saturating_add(soft / 4)
            .saturating_add(64 * 1024 * 1024),
        heap_exhausted,
    );
    if opts.cwd.is_empty() {
        opts.cwd = std::env::current_dir()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| "/".into());
    }
    let real = matches!(opts.clock, loopscope_core::ClockMode::Real);
    let clock: Option<Box<dyn HostClock>> = real.then(|| Box::new(RealClock(Instant::now())) as _);
    let mut rt = match Runtime::new(opts, Box::new(StdOutput), clock) {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("loopscope: {e}");
            return 70;
        }
    };
    rt.load_main(&path, &source);
    let mut writer = match run
        .trace
        .as_ref()
        .map(|p| args::TraceWriter::create(p, run.trace_format))
    {
        Some(Ok(w)) => Some(w),
        Some(Err(e)) => {
            eprintln!("loopscope: cannot write trace: {e}");
            return 70;
        }
        None => None,
    };
    let outcome = loop {
        let status = rt.run_until_blocked();
        if let Some(w) = writer.as_mut() {
            w.write_events(&rt.take_events());
        }
        match status {
            loopscope_core::Status::Done(o) => break o,
            loopscope_core::Status::Blocked { until_ns } => {
                let wait = until_ns.saturating_sub(rt.now_ns());
                std::thread::sleep(std::time::Duration::from_nanos(wait));
            }
            // The inline pool backend computes every task at once: nothing to wait for.
            loopscope_core::Status::AwaitingPool { .. } => {
                eprintln!("loopscope: internal error (the thread pool lost a task)");
                return 70;
            }
            loopscope_core::Status::Ran => {}
        }
    };
    if let Some(w) = writer.take() {
        if let Err(e) = w.finish() {
            eprintln!("loopscope: cannot write trace: {e}");
        }
    }
    u8::try_from(outcome.exit_code.rem_euclid(256)).unwrap_or(1)
}
