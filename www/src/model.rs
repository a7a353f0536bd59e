//! The recording of a run, rebuilt from its trace events alone: the callbacks that ran (the
//! steps), console lines, thread-pool tasks, streams and memory samples, and the contents of
//! every queue at any point (replayed from checkpoints, so scrubbing 100k events stays cheap).
//! Nothing here re-implements the event loop: every fact is an event the runtime recorded.

use std::collections::{BTreeMap, HashMap};

use crate::trace::{Event, Kind, Pos};

/// Events between two queue checkpoints.
const CHECKPOINT_EVERY: usize = 1024;

/// What the trace says about one callback.
#[derive(Debug, Clone, Default)]
pub struct CbInfo {
    /// Kind (`timeout`, `immediate`, `tick`, `promise`, …).
    pub kind: String,
    /// Function name.
    pub name: Option<String>,
    /// Callback running when it was scheduled.
    pub by: Option<u64>,
    /// Where it was scheduled.
    pub at: Option<Pos>,
    /// Phase it was scheduled in.
    pub scheduled_phase: String,
    /// Timer duration (ms) and due loop time (ms), when a timer.
    pub timer: Option<(u64, u64)>,
    /// API of a pool task or OS-async operation.
    pub api: Option<String>,
}

/// One callback run: a block on the timeline.
#[derive(Debug, Clone)]
pub struct Step {
    /// Index of its `callback_end` event, once it ended.
    pub end_ev: Option<usize>,
    /// Callback id.
    pub cb: u64,
    /// Kind.
    pub kind: String,
    /// Phase it ran in.
    pub phase: String,
    /// Loop iteration.
    pub iter: u64,
    /// Start time.
    pub t_ns: u64,
    /// The queue drain it ran in (`ticks` / `microtasks`), if any.
    pub drain: Option<String>,
    /// The step after which its drain ran (the macrotask), if any.
    pub after: Option<usize>,
    /// Console lines it printed (indices into [`Recording::lines`]).
    pub lines: Vec<usize>,
    /// Whether it threw.
    pub threw: bool,
}

/// One printed line.
#[derive(Debug, Clone)]
pub struct Line {
    /// Event index.
    pub ev: usize,
    /// Step that printed it.
    pub step: Option<usize>,
    /// stderr?
    pub stderr: bool,
    /// The text, without its newline.
    pub text: String,
    /// The printing call.
    pub at: Option<Pos>,
    /// Another isolate printed it: `worker 1` (a worker thread) or `cluster worker 2`.
    pub from: Option<String>,
}

/// A thread-pool task.
#[derive(Debug, Clone)]
pub struct PoolTask {
    /// Task id (= its completion callback).
    pub task: u64,
    /// API.
    pub api: String,
    /// Where it was queued.
    pub at: Option<Pos>,
    /// Queued at event / time.
    pub queued_ev: usize,
    /// Queued time.
    pub queued_ns: u64,
    /// Thread, start time, start event and Web Worker.
    pub started: Option<(usize, u64, usize, Option<String>)>,
    /// Finish time and event.
    pub finished: Option<(u64, usize)>,
}

/// A stream's history.
#[derive(Debug, Clone)]
pub struct StreamInfo {
    /// Stream id.
    pub id: u64,
    /// Type (`Readable`, `Writable`, …).
    pub ty: String,
    /// Name (e.g. the file path), if known.
    pub name: String,
    /// highWaterMark.
    pub hwm: f64,
    /// objectMode?
    pub object_mode: bool,
    /// (event index, buffered length) changes.
    pub lengths: Vec<(usize, f64)>,
    /// (event index, what) markers: write-false, drain, end, finish, close, error, pipe.
    pub marks: Vec<(usize, String)>,
}

/// A memory sample (after a callback).
#[derive(Debug, Clone, Copy)]
pub struct MemSample {
    /// Event index.
    pub ev: usize,
    /// Time.
    pub t_ns: u64,
    /// Heap without Buffers.
    pub heap: u64,
    /// Buffers.
    pub external: u64,
    /// Whole host memory, when reported.
    pub total: Option<u64>,
}

/// A row of the (virtualized) timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// A loop iteration begins.
    Iteration {
        /// Its number.
        iter: u64,
        /// Event index.
        ev: usize,
    },
    /// Poll waited.
    Wait {
        /// Milliseconds.
        ms: u64,
        /// Event index.
        ev: usize,
    },
    /// A nextTick / microtask drain begins.
    Drain {
        /// `true` for the nextTick queue.
        ticks: bool,
        /// Entries.
        len: usize,
        /// Event index.
        ev: usize,
    },
    /// A callback.
    Step(usize),
}

/// A queue's ordering key: (time it sorts by — due ms, due ns, 0 — , entry order or thread).
type Key = (u64, usize);

/// The queues at one point of the run. Every queue maps its key to a callback id.
#[derive(Debug, Clone, Default)]
pub struct Queues {
    /// nextTick queue (order of entry).
    pub ticks: BTreeMap<Key, u64>,
    /// Promise / queueMicrotask queue.
    pub micro: BTreeMap<Key, u64>,
    /// Timers by (due ms, arming order).
    pub timers: BTreeMap<Key, u64>,
    /// Immediates (check queue).
    pub check: BTreeMap<Key, u64>,
    /// Pool tasks waiting for a thread.
    pub pool_waiting: BTreeMap<Key, u64>,
    /// Pool tasks running, by (0, thread).
    pub pool_running: BTreeMap<Key, u64>,
    /// Pool tasks finished, their callbacks waiting for the poll phase.
    pub pool_done: BTreeMap<Key, u64>,
    /// OS-async operations in flight (poll), by (due ns, order).
    pub io: BTreeMap<Key, u64>,
    /// Where each callback sits, to remove it.
    place: HashMap<u64, (Q, Key)>,
}

/// Which queue.
#[derive(Debug, Clone, Copy)]
enum Q {
    Ticks,
    Micro,
    Timers,
    Check,
    PoolWaiting,
    PoolRunning,
    PoolDone,
    Io,
}

impl Queues {
    fn map(&mut self, q: Q) -> &mut BTreeMap<Key, u64> {
        match q {
            Q::Ticks => &mut self.ticks,
            Q::Micro => &mut self.micro,
            Q::Timers => &mut self.timers,
            Q::Check => &mut self.check,
            Q::PoolWaiting => &mut self.pool_waiting,
            Q::PoolRunning => &mut self.pool_running,
            Q::PoolDone => &mut self.pool_done,
            Q::Io => &mut self.io,
        }
    }

    fn remove(&mut self, cb: u64) {
        if let Some((q, k)) = self.place.remove(&cb) {
            self.map(q).remove(&k);
        }
    }

    fn put(&mut self, cb: u64, q: Q, k: Key) {
        self.remove(cb);
        self.map(q).insert(k, cb);
        self.place.insert(cb, (q, k));
    }

    /// Applies event `i`.
    fn apply(&mut self, i: usize, e: &Event) {
        match &e.kind {
            Kind::Scheduled { cb, kind, .. } => match kind.as_str() {
                "tick" => self.put(*cb, Q::Ticks, (0, i)),
                "promise" | "microtask" => self.put(*cb, Q::Micro, (0, i)),
                "immediate" => self.put(*cb, Q::Check, (0, i)),
                _ => {}
            },
            Kind::TimerArmed { cb, due_ms, .. } => self.put(*cb, Q::Timers, (*due_ms, i)),
            Kind::Cleared { cb } => self.remove(*cb),
            Kind::CallbackStart { cb, .. } => self.remove(*cb),
            Kind::PoolQueued { task, .. } => self.put(*task, Q::PoolWaiting, (0, i)),
            Kind::PoolStarted { task, thread, .. } => self.put(*task, Q::PoolRunning, (0, *thread)),
            Kind::PoolFinished { task, .. } => self.put(*task, Q::PoolDone, (0, i)),
            Kind::IoStarted { op, due_ns, .. } => self.put(*op, Q::Io, (*due_ns, i)),
            _ => {}
        }
    }

    /// Entries waiting anywhere.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.place.len()
    }

    /// Whether every queue is empty.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.place.is_empty()
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ending {
    /// Exit code.
    pub code: i32,
    /// The limit that stopped it, with its message.
    pub limit: Option<(String, String)>,
}

/// Everything the trace of one run says, built incrementally as batches arrive.
#[derive(Debug, Default)]
pub struct Recording {
    /// The events, in order.
    pub events: Vec<Event>,
    /// Callbacks by id.
    pub cbs: HashMap<u64, CbInfo>,
    /// Callback runs, in order.
    pub steps: Vec<Step>,
    /// Timeline rows.
    pub rows: Vec<Row>,
    /// Row of each step.
    pub step_row: Vec<usize>,
    /// Printed lines.
    pub lines: Vec<Line>,
    /// Pool tasks in queueing order.
    pub pool: Vec<PoolTask>,
    /// Pool threads (UV_THREADPOOL_SIZE), once the pool was used.
    pub pool_size: usize,
    /// Streams by first appearance.
    pub streams: Vec<StreamInfo>,
    /// Memory samples.
    pub memory: Vec<MemSample>,
    /// How the run ended, once it did.
    pub ending: Option<Ending>,
    /// Uncaught exceptions / unhandled rejections (event index, message, origin, handled).
    pub uncaught: Vec<(usize, String, String, bool)>,
    // Incremental state.
    queues: Queues,
    checkpoints: Vec<Queues>,
    running: Vec<usize>,
    drain: Option<(String, Option<usize>)>,
    last_macro: Option<usize>,
    partial: [String; 2],
    pool_index: HashMap<u64, usize>,
    stream_index: HashMap<u64, usize>,
}

impl Recording {
    /// An empty recording.
    pub fn new() -> Recording {
        Recording::default()
    }

    /// Adds a batch of events.
    pub fn extend(&mut self, events: Vec<Event>) {
        for e in events {
            self.push(e);
        }
    }

    fn push(&mut self, e: Event) {
        // The views show the main isolate's loop. Other isolates (worker threads, cluster
        // workers) have loops of their own; only their output reaches the console here.
        if e.worker != 0 || e.process != 0 {
            if let Kind::Output { stream, text, .. } = &e.kind {
                let from = if e.worker != 0 {
                    format!("worker {}", e.worker)
                } else {
                    format!("cluster worker {}", e.process)
                };
                self.isolate_output(stream == "stderr", text, from);
            }
            return;
        }
        let i = self.events.len();
        if i.is_multiple_of(CHECKPOINT_EVERY) {
            self.checkpoints.push(self.queues.clone());
        }
        self.queues.apply(i, &e);
        match &e.kind {
            Kind::Scheduled {
                cb,
                kind,
                by,
                at,
                name,
            } => {
                let info = self.cbs.entry(*cb).or_default();
                info.kind.clone_from(kind);
                info.by = *by;
                info.at = *at;
                info.name.clone_from(name);
                info.scheduled_phase.clone_from(&e.phase);
            }
            Kind::TimerArmed { cb, ms, due_ms } => {
                self.cbs.entry(*cb).or_default().timer = Some((*ms, *due_ms));
            }
            Kind::LoopIteration => self.rows.push(Row::Iteration {
                iter: e.iter,
                ev: i,
            }),
            Kind::PollWait { ms } if *ms > 0 => self.rows.push(Row::Wait { ms: *ms, ev: i }),
            Kind::DrainStart { queue, len } => {
                self.drain = Some((queue.clone(), self.last_macro));
                self.rows.push(Row::Drain {
                    ticks: queue == "ticks",
                    len: *len,
                    ev: i,
                });
            }
            Kind::DrainEnd { .. } => self.drain = None,
            Kind::CallbackStart { cb, kind } => {
                // 'beforeExit' / 'exit' emissions and the main script are never scheduled.
                self.cbs.entry(*cb).or_insert_with(|| CbInfo {
                    kind: kind.clone(),
                    scheduled_phase: e.phase.clone(),
                    ..CbInfo::default()
                });
                let s = self.steps.len();
                let (drain, after) = match &self.drain {
                    // A drain inside a callback's own drain (nested) still belongs to the drain.
                    Some((q, m)) if self.running.is_empty() => (Some(q.clone()), *m),
                    _ => (None, None),
                };
                if drain.is_none() && self.running.is_empty() {
                    self.last_macro = Some(s);
                }
                self.steps.push(Step {
                    end_ev: None,
                    cb: *cb,
                    kind: kind.clone(),
                    phase: e.phase.clone(),
                    iter: e.iter,
                    t_ns: e.t_ns,
                    drain,
                    after,
                    lines: Vec::new(),
                    threw: false,
                });
                self.step_row.push(self.rows.len());
                self.rows.push(Row::Step(s));
                self.running.push(s);
            }
            Kind::CallbackEnd {
                threw,
                heap_bytes,
                external_bytes,
                total_bytes,
                ..
            } => {
                if let Some(s) = self.running.pop() {
                    let st = &mut self.steps[s];
                    st.end_ev = Some(i);
                    st.threw = *threw;
                }
                self.memory.push(MemSample {
                    ev: i,
                    t_ns: e.t_ns,
                    heap: *heap_bytes,
                    external: *external_bytes,
                    total: *total_bytes,
                });
            }
            Kind::Output {
                stream, text, at, ..
            } => self.output(i, stream == "stderr", text, *at),
            Kind::Uncaught {
                message,
                origin,
                handled,
            } => self
                .uncaught
                .push((i, message.clone(), origin.clone(), *handled)),
            Kind::PoolQueued {
                task,
                api,
                at,
                size,
                ..
            } => {
                self.pool_size = self.pool_size.max(*size);
                self.pool_index.insert(*task, self.pool.len());
                self.pool.push(PoolTask {
                    task: *task,
                    api: api.clone(),
                    at: *at,
                    queued_ev: i,
                    queued_ns: e.t_ns,
                    started: None,
                    finished: None,
                });
                let info = self.cbs.entry(*task).or_default();
                if info.kind.is_empty() {
                    info.kind = "pool".into();
                    info.at = *at;
                    info.scheduled_phase.clone_from(&e.phase);
                }
                info.api = Some(api.clone());
            }
            Kind::PoolStarted {
                task,
                thread,
                at_ns,
                executor,
            } => {
                self.pool_size = self.pool_size.max(thread + 1);
                if let Some(&k) = self.pool_index.get(task) {
                    self.pool[k].started = Some((*thread, *at_ns, i, executor.clone()));
                }
            }
            Kind::PoolFinished { task, at_ns, .. } => {
                if let Some(&k) = self.pool_index.get(task) {
                    self.pool[k].finished = Some((*at_ns, i));
                }
            }
            Kind::IoStarted { op, api, .. } => {
                let info = self.cbs.entry(*op).or_default();
                if info.kind.is_empty() {
                    info.kind = "io".into();
                    info.scheduled_phase.clone_from(&e.phase);
                }
                info.api = Some(api.clone());
            }
            Kind::Stream { stream, what, info } => self.stream(i, *stream, what, info),
            Kind::LimitExceeded { limit, message } => {
                let ending = self.ending.get_or_insert(Ending {
                    code: 1,
                    limit: None,
                });
                ending.limit = Some((limit.clone(), message.clone()));
            }
            Kind::Exit { code } => {
                let limit = self.ending.take().and_then(|e| e.limit);
                self.ending = Some(Ending { code: *code, limit });
            }
            _ => {}
        }
        self.events.push(e);
    }

    fn output(&mut self, i: usize, stderr: bool, text: &str, at: Option<Pos>) {
        let step = self.running.last().copied();
        let k = usize::from(stderr);
        let mut buf = std::mem::take(&mut self.partial[k]);
        buf.push_str(text);
        let mut rest = buf.as_str();
        while let Some(n) = rest.find('\n') {
            let line = Line {
                ev: i,
                step,
                stderr,
                text: rest[..n].to_owned(),
                at,
                from: None,
            };
            if let Some(s) = step {
                self.steps[s].lines.push(self.lines.len());
            }
            self.lines.push(line);
            rest = &rest[n + 1..];
        }
        self.partial[k] = rest.to_owned();
    }

    /// Output of another isolate (its loop is not shown): labelled console lines at the
    /// current position, linked to no step.
    fn isolate_output(&mut self, stderr: bool, text: &str, from: String) {
        let ev = self.events.len().saturating_sub(1);
        for t in text.strip_suffix('\n').unwrap_or(text).split('\n') {
            self.lines.push(Line {
                ev,
                step: None,
                stderr,
                text: t.to_owned(),
                at: None,
                from: Some(from.clone()),
            });
        }
    }

    /// Text printed without a final newline (shown as the last line once the run ended).
    pub fn unterminated(&self) -> impl Iterator<Item = (bool, &str)> {
        self.partial
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.is_empty())
            .map(|(k, s)| (k == 1, s.as_str()))
    }

    fn stream(&mut self, i: usize, id: u64, what: &str, info: &serde_json::Value) {
        let k = match self.stream_index.get(&id) {
            Some(&k) => k,
            None => {
                let k = self.streams.len();
                self.stream_index.insert(id, k);
                self.streams.push(StreamInfo {
                    id,
                    ty: String::new(),
                    name: String::new(),
                    hwm: 0.0,
                    object_mode: false,
                    lengths: Vec::new(),
                    marks: Vec::new(),
                });
                k
            }
        };
        let s = &mut self.streams[k];
        if let Some(t) = info.get("type").and_then(|v| v.as_str()) {
            s.ty = t.to_owned();
        }
        if let Some(n) = info.get("name").and_then(|v| v.as_str()) {
            s.name = n.to_owned();
        }
        if let Some(h) = info
            .get("highWaterMark")
            .and_then(serde_json::Value::as_f64)
        {
            s.hwm = h;
        }
        if let Some(o) = info.get("objectMode").and_then(serde_json::Value::as_bool) {
            s.object_mode = o;
        }
        if let Some(l) = info.get("length").and_then(serde_json::Value::as_f64) {
            if s.lengths.last().is_none_or(|&(_, x)| x != l) {
                s.lengths.push((i, l));
            }
        }
        if what != "buffer" && what != "create" {
            s.marks.push((i, what.to_owned()));
        }
    }

    /// The queues after the first `pos` events.
    pub fn queues_at(&self, pos: usize) -> Queues {
        let pos = pos.min(self.events.len());
        let k = pos / CHECKPOINT_EVERY;
        let Some(base) = self.checkpoints.get(k) else {
            return self.queues.clone();
        };
        let mut q = base.clone();
        for i in k * CHECKPOINT_EVERY..pos {
            q.apply(i, &self.events[i]);
        }
        q
    }

    /// The event position that shows step `s` done: just after its `callback_end` (or the
    /// end of the recording while it is still running).
    pub fn pos_after(&self, s: usize) -> usize {
        self.steps.get(s).map_or(self.events.len(), |st| {
            st.end_ev.map_or(self.events.len(), |e| e + 1)
        })
    }

    /// A short label for a callback: its name or what scheduled it.
    pub fn label(&self, cb: u64) -> String {
        let Some(i) = self.cbs.get(&cb) else {
            return format!("#{cb}");
        };
        let what = match i.kind.as_str() {
            "timeout" => match i.timer {
                Some((ms, _)) => format!("setTimeout {ms}ms"),
                None => "setTimeout".into(),
            },
            "interval" => match i.timer {
                Some((ms, _)) => format!("setInterval {ms}ms"),
                None => "setInterval".into(),
            },
            "immediate" => "setImmediate".into(),
            "tick" => "nextTick".into(),
            "promise" => "promise".into(),
            "microtask" => "queueMicrotask".into(),
            "pool" | "io" => i.api.clone().unwrap_or_else(|| i.kind.clone()),
            "main" => "main script".into(),
            "before_exit" => "'beforeExit'".into(),
            "exit" => "'exit'".into(),
            other => other.to_owned(),
        };
        match &i.name {
            Some(n) if !n.is_empty() => format!("{what} · {n}"),
            _ => what,
        }
    }

    /// The latest time in the recording.
    pub fn end_ns(&self) -> u64 {
        self.events.last().map_or(0, |e| e.t_ns)
    }
}

/// A console-ready label for a phase.
pub fn phase_label(phase: &str) -> &'static str {
    match phase {
        "main" => "main",
        "timers" => "timers",
        "pending" => "pending",
        "idle" | "prepare" => "idle·prepare",
        "poll" => "poll",
        "check" => "check",
        "close" => "close",
        "before_exit" | "exit" => "exit",
        _ => "other",
    }
}

/// The timeline's lanes, left to right.
pub const LANES: [&str; 8] = [
    "main",
    "timers",
    "pending",
    "idle·prepare",
    "poll",
    "check",
    "close",
    "exit",
];

/// Lane index of a phase.
pub fn lane(phase: &str) -> usize {
    let l = phase_label(phase);
    LANES.iter().position(|x| *x == l).unwrap_or(0)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Runs a corpus snippet through the real runtime and rebuilds the recording from its trace
    /// exactly as the page does (JSON batches).
    pub(crate) fn record(
        corpus_file: &str,
        opts: loopscope_core::RunOptions,
    ) -> (Recording, String) {
        let path = format!(
            "{}/../tests/corpus/{corpus_file}",
            env!("CARGO_MANIFEST_DIR")
        );
        let code = std::fs::read_to_string(&path).expect("corpus file");
        let run =
            loopscope_core::run_captured("/home/loopscope/main.js", &code, opts).expect("runs");
        let mut rec = Recording::new();
        // In several batches, split anywhere, like the worker's slices.
        for chunk in run.events.chunks(7) {
            let json = serde_json::to_string(chunk).expect("serializes");
            rec.extend(crate::trace::parse_batch(&json));
        }
        assert_eq!(rec.events.len(), run.events.len(), "every event parses");
        (rec, run.stdout)
    }

    /// node's recorded stdout variants for a corpus snippet.
    pub(crate) fn node_stdout(corpus_file: &str) -> Vec<String> {
        let path = format!(
            "{}/../tests/corpus/{}",
            env!("CARGO_MANIFEST_DIR"),
            corpus_file.replace(".js", ".node.json")
        );
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("node.json")).expect("json");
        v["variants"]
            .as_array()
            .expect("variants")
            .iter()
            .filter_map(|x| x["stdout"].as_str().map(str::to_owned))
            .collect()
    }

    fn console_text(rec: &Recording) -> String {
        rec.lines
            .iter()
            .filter(|l| !l.stderr)
            .map(|l| format!("{}\n", l.text))
            .collect()
    }

    #[test]
    fn the_console_view_shows_what_node_printed() {
        let (rec, stdout) = record("seed/microtask-priority.js", Default::default());
        let shown = console_text(&rec);
        assert_eq!(shown, stdout);
        assert!(node_stdout("seed/microtask-priority.js").contains(&shown));
        // Each line is linked to the step that printed it.
        for l in &rec.lines {
            let s = l.step.expect("printed inside a callback");
            assert!(rec.steps[s]
                .lines
                .iter()
                .any(|&k| rec.lines[k].text == l.text));
        }
    }

    #[test]
    fn steps_sit_in_their_phases_with_drains_after_the_main_script() {
        let (rec, _) = record("seed/microtask-priority.js", Default::default());
        let kinds: Vec<(&str, &str)> = rec
            .steps
            .iter()
            .map(|s| (s.kind.as_str(), s.phase.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("main", "main"),
                ("tick", "main"),
                ("promise", "main"),
                ("timeout", "timers"),
                ("immediate", "check"),
                ("before_exit", "before_exit")
            ]
        );
        assert_eq!(rec.steps[1].drain.as_deref(), Some("ticks"));
        assert_eq!(rec.steps[2].drain.as_deref(), Some("microtasks"));
        assert_eq!(rec.steps[1].after, Some(0));
        assert!(rec.rows.iter().any(|r| matches!(
            r,
            Row::Drain {
                ticks: true,
                len: 1,
                ..
            }
        )));
        assert_eq!(lane("check"), 5);
        assert_eq!(
            rec.ending,
            Some(Ending {
                code: 0,
                limit: None
            })
        );
    }

    #[test]
    fn queues_at_each_step_follow_the_trace_and_step_back_is_exact() {
        let (rec, _) = record("seed/microtask-priority.js", Default::default());
        let after_main = rec.queues_at(rec.pos_after(0));
        assert_eq!(
            (
                after_main.ticks.len(),
                after_main.micro.len(),
                after_main.timers.len(),
                after_main.check.len()
            ),
            (1, 1, 1, 1)
        );
        let after_tick = rec.queues_at(rec.pos_after(1));
        assert_eq!((after_tick.ticks.len(), after_tick.micro.len()), (0, 1));
        let after_timer = rec.queues_at(rec.pos_after(3));
        assert_eq!((after_timer.timers.len(), after_timer.check.len()), (0, 1));
        let end = rec.queues_at(rec.events.len());
        assert!(end.is_empty(), "{end:?}");
        // Going back gives the same state as going forward did.
        let again = rec.queues_at(rec.pos_after(0));
        assert_eq!(again.len(), after_main.len());
    }

    #[test]
    fn checkpoints_agree_with_a_full_replay_on_a_long_run() {
        let code = "let n = 0;\nfunction f() { if (++n < 3000) { process.nextTick(() => {}); setImmediate(f); } }\nf();\n";
        let run = loopscope_core::run_captured("/home/loopscope/main.js", code, Default::default())
            .expect("runs");
        let mut rec = Recording::new();
        rec.extend(crate::trace::parse_batch(
            &serde_json::to_string(&run.events).unwrap(),
        ));
        assert!(
            rec.events.len() > 3 * CHECKPOINT_EVERY,
            "{}",
            rec.events.len()
        );
        for pos in [0, 1, 1500, 2048, 5000, rec.events.len() - 1] {
            let mut full = Queues::default();
            for (i, e) in rec.events[..pos].iter().enumerate() {
                full.apply(i, e);
            }
            let q = rec.queues_at(pos);
            assert_eq!(q.check, full.check, "at {pos}");
            assert_eq!(q.ticks, full.ticks, "at {pos}");
        }
    }

    #[test]
    fn pool_exhaustion_shows_four_busy_threads_and_one_queued_task() {
        let (rec, stdout) = record("seed/threadpool-exhaustion.js", Default::default());
        assert!(node_stdout("seed/threadpool-exhaustion.js").contains(&stdout));
        assert_eq!(rec.pool_size, 4);
        assert_eq!(rec.pool.len(), 5);
        let q = rec.queues_at(rec.pos_after(0));
        assert_eq!((q.pool_running.len(), q.pool_waiting.len()), (4, 1));
        // The fifth task started on the thread the short call freed, after it finished.
        let fifth = &rec.pool[4];
        let first = &rec.pool[0];
        let (th, start, ..) = fifth.started.clone().expect("started");
        assert_eq!(Some(th), first.started.as_ref().map(|s| s.0));
        assert!(start >= first.finished.expect("finished").0);
        let pool_steps = rec.steps.iter().filter(|s| s.kind == "pool").count();
        assert_eq!(pool_steps, 5);
        assert!(rec
            .steps
            .iter()
            .filter(|s| s.kind == "pool")
            .all(|s| s.phase == "poll"));
    }

    #[test]
    fn streams_and_memory_are_recorded() {
        let (rec, _) = record("seed/backpressure-bad-vs-good.js", Default::default());
        assert!(!rec.streams.is_empty());
        assert!(rec
            .streams
            .iter()
            .any(|s| s.marks.iter().any(|m| m.1 == "write-false")));
        assert!(rec
            .streams
            .iter()
            .any(|s| s.hwm > 0.0 && !s.lengths.is_empty()));
        assert_eq!(
            rec.memory.len(),
            rec.steps.iter().filter(|s| s.end_ev.is_some()).count()
        );
        // (Heap bytes are counted by the binaries' allocator, which this test binary lacks.)
        assert!(rec.memory.windows(2).all(|w| w[0].t_ns <= w[1].t_ns));
    }

    #[test]
    fn other_isolates_output_is_labelled_and_their_loops_are_not_mixed_in() {
        let code = "const { Worker, isMainThread, parentPort } = require('worker_threads');\nif (isMainThread) {\n  const w = new Worker(__filename);\n  w.on('message', (m) => console.log('main got', m));\n} else {\n  console.log('hello from the worker');\n  parentPort.postMessage(1);\n}\n";
        let run = loopscope_core::run_captured("/home/loopscope/main.js", code, Default::default())
            .expect("runs");
        let mut rec = Recording::new();
        rec.extend(crate::trace::parse_batch(
            &serde_json::to_string(&run.events).unwrap(),
        ));
        let lines: Vec<(&str, Option<&str>)> = rec
            .lines
            .iter()
            .map(|l| (l.text.as_str(), l.from.as_deref()))
            .collect();
        assert_eq!(
            lines,
            [
                ("hello from the worker", Some("worker 1")),
                ("main got 1", None)
            ]
        );
        // Only the main isolate's callbacks are steps: its main script, then the worker's
        // 'online', its message and its 'exit' as message deliveries.
        let kinds: Vec<&str> = rec.steps.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["main", "message", "message", "message", "before_exit"]
        );
    }

    #[test]
    fn output_lines_are_split_and_unterminated_text_is_kept() {
        let code = "console.log('a\\nb');\nprocess.stdout.write('c');\nsetTimeout(() => process.stdout.write('d\\n'), 1);\nprocess.stderr.write('e');\n";
        let run = loopscope_core::run_captured("/home/loopscope/main.js", code, Default::default())
            .expect("runs");
        let mut rec = Recording::new();
        rec.extend(crate::trace::parse_batch(
            &serde_json::to_string(&run.events).unwrap(),
        ));
        let texts: Vec<&str> = rec.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "b", "cd"]);
        assert_eq!(rec.lines[0].at.map(|p| p.line), Some(1));
        let tail: Vec<_> = rec.unterminated().collect();
        assert_eq!(tail, [(true, "e")]);
    }

    #[test]
    fn a_limit_is_the_ending() {
        let opts = loopscope_core::RunOptions {
            limits: loopscope_core::Limits {
                max_drain_jobs: 1000,
                ..Default::default()
            },
            ..Default::default()
        };
        let code = "function f() { process.nextTick(f); }\nf();\nsetTimeout(() => console.log('never'), 0);\n";
        let run =
            loopscope_core::run_captured("/home/loopscope/main.js", code, opts).expect("runs");
        let mut rec = Recording::new();
        rec.extend(crate::trace::parse_batch(
            &serde_json::to_string(&run.events).unwrap(),
        ));
        let e = rec.ending.clone().expect("ended");
        assert_eq!(e.code, 1);
        assert_eq!(e.limit.map(|l| l.0).as_deref(), Some("starvation"));
        assert!(crate::explain::ending_note(&rec)
            .unwrap()
            .contains("rule 11"));
    }

    #[test]
    fn garbage_batches_do_not_break_the_recording() {
        let mut rec = Recording::new();
        rec.extend(crate::trace::parse_batch("not json"));
        rec.extend(crate::trace::parse_batch(
            r#"[{"seq":0,"t_ns":0,"iter":0,"phase":"main","type":"from_the_future","x":1},{"seq":1}]"#,
        ));
        assert_eq!(rec.events.len(), 1);
        assert!(rec.steps.is_empty());
        assert!(rec.queues_at(10).is_empty());
    }
}
