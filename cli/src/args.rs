//! Command-line parsing for `loopscope run` and the trace writers (JSON array / Chrome Trace
//! Event format).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use loopscope_core::{ClockMode, Event, EventKind, RunOptions};

pub const USAGE: &str = "\
usage: loopscope run [options] FILE.js [args...]

options:
  --trace PATH                 write the trace of the run to PATH
  --trace-format json|chrome   json (default): a JSON array of events;
                               chrome: Chrome Trace Event format (Perfetto, chrome://tracing)
  --clock virtual|real         virtual (default, deterministic) or wall-clock time
  --loop-entry-latency MS      virtual ms between the main script and the first timers pass
                               (default: 1 for CommonJS, where a top-level setTimeout(0) runs
                               before setImmediate as node mostly does; 0 for .mjs, where node
                               runs the immediate first)
  --ns-per-instruction N       virtual cost of one bytecode instruction (default 50)
  --max-instructions N         instruction budget of the whole run (default 400000000)
  --max-time-ms N              time budget in ms (default 600000)
  --max-drain-jobs N           nextTick/microtask callbacks in a row before reporting
                               starvation (default 1000000)
  --max-heap-mb N              heap limit in MiB (default 1024)
  --max-callbacks N            loop callbacks the run may execute (default 2000000)
  --expose-gc                  define global.gc()
  --seed N                     seed of Math.random() in virtual-clock runs (runs repeat exactly)
  --cpus N                     CPUs of the simulated machine, os.cpus().length (default 4)
  --net-latency-us N           extra one-way latency of the simulated loopback network
                               (default 0, like a real loopback)";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TraceFormat {
    Json,
    Chrome,
}

pub struct RunArgs {
    pub file: PathBuf,
    pub trace: Option<PathBuf>,
    pub trace_format: TraceFormat,
    pub options: RunOptions,
}

pub enum Command {
    Run(Box<RunArgs>),
    Help,
}

fn number(flag: &str, v: Option<String>) -> Result<u64, String> {
    let v = v.ok_or_else(|| format!("loopscope: {flag} needs a value"))?;
    v.parse::<u64>()
        .map_err(|_| format!("loopscope: {flag} expects a non-negative integer, got '{v}'"))
}

pub fn parse(args: Vec<String>) -> Result<Command, String> {
    let mut it = args.into_iter();
    match it.next().as_deref() {
        Some("run") => {}
        Some("-h" | "--help" | "help") | None => return Ok(Command::Help),
        Some(other) => return Err(format!("loopscope: unknown command '{other}'")),
    }
    let mut opts = RunOptions {
        cwd: String::new(),
        env: std::env::vars().collect(),
        ..RunOptions::default()
    };
    let mut trace = None;
    let mut format = TraceFormat::Json;
    let mut file = None;
    while let Some(a) = it.next() {
        if file.is_some() {
            opts.argv.push(a);
            continue;
        }
        match a.as_str() {
            "--trace" => {
                trace = Some(PathBuf::from(
                    it.next().ok_or("loopscope: --trace needs a path")?,
                ))
            }
            "--trace-format" => {
                format = match it.next().as_deref() {
                    Some("json") => TraceFormat::Json,
                    Some("chrome") => TraceFormat::Chrome,
                    other => return Err(format!("loopscope: unknown trace format {other:?}")),
                }
            }
            "--clock" => {
                opts.clock = match it.next().as_deref() {
                    Some("virtual") => ClockMode::Virtual,
                    Some("real") => ClockMode::Real,
                    other => return Err(format!("loopscope: unknown clock {other:?}")),
                }
            }
            "--loop-entry-latency" => opts.loop_entry_latency_ms = Some(number(&a, it.next())?),
            "--ns-per-instruction" => opts.ns_per_instruction = number(&a, it.next())?,
            "--max-instructions" => opts.limits.max_instructions = number(&a, it.next())?,
            "--max-time-ms" => opts.limits.max_time_ms = number(&a, it.next())?,
            "--max-drain-jobs" => opts.limits.max_drain_jobs = number(&a, it.next())?,
            "--max-heap-mb" => opts.limits.max_heap_bytes = number(&a, it.next())? * 1024 * 1024,
            "--max-callbacks" => opts.limits.max_callbacks = number(&a, it.next())?,
            "--expose-gc" => opts.expose_gc = true,
            "--seed" => opts.seed = number(&a, it.next())?,
            "--cpus" => opts.cpus = number(&a, it.next())?.clamp(1, 1024) as u32,
            "--net-latency-us" => opts.net_latency_us = number(&a, it.next())?.min(10_000_000),
            "-h" | "--help" => return Ok(Command::Help),
            s if s.starts_with("--") => return Err(format!("loopscope: unknown option {s}")),
            _ => file = Some(PathBuf::from(a)),
        }
    }
    let file = file.ok_or("loopscope: run needs a FILE.js")?;
    opts.trace = trace.is_some();
    Ok(Command::Run(Box::new(RunArgs {
        file,
        trace,
        trace_format: format,
        options: opts,
    })))
}

/// Streams events to a file as they are produced.
pub struct TraceWriter {
    out: BufWriter<File>,
    format: TraceFormat,
    first: bool,
}

impl TraceWriter {
    pub fn create(path: &Path, format: TraceFormat) -> std::io::Result<Self> {
        let mut out = BufWriter::new(File::create(path)?);
        match format {
            TraceFormat::Json => out.write_all(b"[\n")?,
            TraceFormat::Chrome => {
                out.write_all(b"{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n")?
            }
        }
        Ok(Self {
            out,
            format,
            first: true,
        })
    }

    fn line(&mut self, v: &serde_json::Value) {
        let sep = if self.first { "" } else { ",\n" };
        self.first = false;
        let _ = write!(self.out, "{sep}{v}");
    }

    pub fn write_events(&mut self, events: &[Event]) {
        for e in events {
            match self.format {
                TraceFormat::Json => {
                    if let Ok(v) = serde_json::to_value(e) {
                        self.line(&v);
                    }
                }
                TraceFormat::Chrome => match chrome_event(e) {
                    Some(serde_json::Value::Array(vs)) => {
                        for v in vs {
                            self.line(&v);
                        }
                    }
                    Some(v) => self.line(&v),
                    None => {}
                },
            }
        }
    }

    pub fn finish(mut self) -> std::io::Result<()> {
        match self.format {
            TraceFormat::Json => self.out.write_all(b"\n]\n")?,
            TraceFormat::Chrome => self.out.write_all(b"\n]}\n")?,
        }
        self.out.flush()
    }
}

/// Chrome Trace Event mapping: loop phases on thread 1, callbacks on thread 2, output and
/// scheduling as instant events, memory as a counter. Timestamps in microseconds.
fn chrome_event(e: &Event) -> Option<serde_json::Value> {
    use serde_json::json;
    let ts = e.t_ns as f64 / 1000.0;
    let phase = serde_json::to_value(e.phase).ok()?;
    let phase = phase.as_str().unwrap_or("").to_owned();
    Some(match &e.kind {
        EventKind::PhaseEnter => {
            json!({"name": phase, "cat": "phase", "ph": "B", "ts": ts, "pid": 1, "tid": 1, "args": {"iter": e.iter}})
        }
        EventKind::PhaseLeave => {
            json!({"name": phase, "cat": "phase", "ph": "E", "ts": ts, "pid": 1, "tid": 1})
        }
        EventKind::CallbackStart { cb, kind } => {
            let k = serde_json::to_value(kind).ok()?;
            json!({"name": k, "cat": "callback", "ph": "B", "ts": ts, "pid": 1, "tid": 2, "args": {"cb": cb, "phase": phase, "iter": e.iter}})
        }
        EventKind::CallbackEnd {
            cb,
            threw,
            heap_bytes,
            external_bytes,
            total_bytes,
        } => {
            return Some(json!([
                {"ph": "E", "ts": ts, "pid": 1, "tid": 2, "args": {"cb": cb, "threw": threw}},
                {"name": "memory", "ph": "C", "ts": ts, "pid": 1, "args": {"heap": heap_bytes, "external": external_bytes, "total": total_bytes}}
            ]));
        }
        EventKind::Output { stream, text, .. } => {
            json!({"name": format!("{stream:?}"), "cat": "output", "ph": "i", "s": "t", "ts": ts, "pid": 1, "tid": 2, "args": {"text": text}})
        }
        other => {
            let v = serde_json::to_value(other).ok()?;
            let name = v
                .get("type")
                .and_then(|t| t.as_str())
                .unwrap_or("event")
                .to_owned();
            json!({"name": name, "cat": "loop", "ph": "i", "s": "t", "ts": ts, "pid": 1, "tid": 1, "args": v})
        }
    })
}
