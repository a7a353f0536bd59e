//! The simulated libuv thread pool: `UV_THREADPOOL_SIZE` threads (default 4, 1..=1024, read
//! when the pool is first used, as libuv does), a FIFO work queue, and completions that the loop
//! delivers in the poll phase (DESIGN.md rule 10).
//!
//! In virtual time a task occupies its thread for [`Work::cost_ns`]: a thread that frees up at
//! time t starts the next queued task at t, so pool exhaustion shows up exactly (five 4-thread
//! pbkdf2 calls: the fifth finishes one task-duration after the first four). The work itself is
//! done by a [`PoolBackend`]: inline here; the browser host uses one Web Worker per thread.
//!
//! An asynchronous backend hands results back later ([`Pool::complete`]). A task's virtual
//! finish is mostly known when it starts (the cost model needs only its input), but it cannot
//! be delivered before its result arrives: the loop waits ([`crate::Status::AwaitingPool`]) and
//! the virtual timeline stays exactly the inline one. A zlib call's cost depends on the output
//! it makes ([`Work::cost_known`]): until its result is in, it may finish as early as it
//! started, so the loop lets no virtual time pass. With a real clock, a task finishes when its
//! result really arrives.

use std::collections::{BTreeMap, VecDeque};

use boa_engine::JsValue;

use crate::work::{Work, WorkResult};

/// Computes tasks. Results must be exactly what [`Work::execute`] returns.
pub trait PoolBackend {
    /// Starts `work` as task `id` on pool thread `thread`. A synchronous backend returns the
    /// result; an asynchronous one returns `None` and the host later passes the result to
    /// [`crate::Runtime::complete_pool_task`]. Either may move a zlib call's context out of
    /// `work` (it comes back in the result).
    fn start(&mut self, id: u64, thread: usize, work: &mut Work) -> Option<WorkResult>;

    /// What executes `work` on pool thread `thread` (for the trace), e.g. `web-worker-2`.
    fn executor(&self, _thread: usize, _work: &Work) -> Option<String> {
        None
    }
}

/// Runs tasks on the calling thread, at once.
#[derive(Debug, Default)]
pub struct InlineBackend;

impl PoolBackend for InlineBackend {
    fn start(&mut self, _id: u64, _thread: usize, work: &mut Work) -> Option<WorkResult> {
        Some(work.execute())
    }
}

pub(crate) struct Task {
    pub work: Work,
    /// For work the core does itself (fs on the VFS): the (err, value) arguments of the
    /// completion callback, once it is done. The pool only models its timing.
    pub precomputed: Option<(JsValue, JsValue)>,
    /// A file-system request's arguments, until a thread takes it: the core makes the VFS
    /// call then ([`Pool::take_fs_started`], [`Pool::fs_done`]), as a libuv worker makes the
    /// system call when it picks the request up, not when JavaScript queues it.
    pub fs_args: Option<Vec<JsValue>>,
    pub callback: JsValue,
    pub result: Option<WorkResult>,
}

#[derive(Clone, Copy)]
struct Running {
    task: u64,
    start_ns: u64,
    /// `start_ns` + the task's cost; `None` while an asynchronous result is on its way and
    /// the finish depends on it (real clock: it finishes when it arrives; virtual: a zlib
    /// call, whose cost needs its result).
    done_ns: Option<u64>,
    /// The earliest it can finish while `done_ns` is unknown (`u64::MAX`: only its arrival
    /// decides, with a real clock).
    earliest_ns: u64,
}

impl Running {
    /// The earliest it can finish.
    fn bound(&self) -> u64 {
        self.done_ns.unwrap_or(self.earliest_ns)
    }
}

/// A pool state change for the trace, stamped with the virtual time it happened at.
pub(crate) enum PoolChange {
    Started {
        task: u64,
        thread: usize,
        at_ns: u64,
        executor: Option<String>,
    },
    Finished {
        task: u64,
        thread: usize,
        at_ns: u64,
    },
}

#[derive(Default)]
pub(crate) struct Pool {
    size: Option<usize>,
    threads: Vec<Option<Running>>,
    /// Waiting tasks: (id, submission time).
    queue: VecDeque<(u64, u64)>,
    pub tasks: BTreeMap<u64, Task>,
    /// Finished, not yet delivered: (done time, task).
    finished: VecDeque<(u64, u64)>,
    /// Real clock: tasks whose results arrive later finish when they arrive.
    arrival_timing: bool,
    /// File-system requests a thread has taken, waiting for the core to make their VFS call.
    fs_started: Vec<u64>,
}

/// libuv's reading of `UV_THREADPOOL_SIZE`: atoi, 0 → 1, capped at 1024, default 4.
pub fn threadpool_size(env: Option<&str>) -> usize {
    let Some(v) = env else { return 4 };
    let digits: String = v
        .trim_start()
        .chars()
        .enumerate()
        .take_while(|(i, c)| c.is_ascii_digit() || (*i == 0 && (*c == '-' || *c == '+')))
        .map(|(_, c)| c)
        .collect();
    let n: i64 = digits.parse().unwrap_or(0);
    if n <= 0 {
        if v.is_empty() {
            4
        } else {
            1
        }
    } else {
        n.min(1024) as usize
    }
}

impl Pool {
    /// Real-clock runs: an asynchronously computed task finishes when its result arrives.
    pub fn set_arrival_timing(&mut self, on: bool) {
        self.arrival_timing = on;
    }

    /// Fixes the size on first use.
    pub fn ensure_size(&mut self, env: Option<&str>) -> usize {
        let n = *self.size.get_or_insert_with(|| threadpool_size(env));
        if self.threads.len() != n {
            self.threads.resize(n, None);
        }
        n
    }

    /// Tasks not yet delivered (they keep the loop alive, like libuv's active requests).
    pub fn pending(&self) -> usize {
        self.tasks.len()
    }

    pub fn busy(&self) -> usize {
        self.threads.iter().filter(|t| t.is_some()).count()
    }

    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// Queues a task at `now`; returns the changes (it may start at once).
    pub fn submit(
        &mut self,
        id: u64,
        task: Task,
        now: u64,
        backend: &mut dyn PoolBackend,
    ) -> Vec<PoolChange> {
        self.tasks.insert(id, task);
        self.queue.push_back((id, now));
        let mut changes = Vec::new();
        // Which threads are free now is known only if no unknown finish may come first;
        // otherwise `advance` starts it once that is settled. (Finished tasks whose results
        // are still on their way have freed their threads already.)
        if !self.unknown_finish_by(now) {
            self.start_queued(now, backend, &mut changes);
        }
        changes
    }

    fn start_queued(
        &mut self,
        at: u64,
        backend: &mut dyn PoolBackend,
        changes: &mut Vec<PoolChange>,
    ) {
        // Tasks submitted by `at`, in FIFO order, on the lowest free threads.
        while self.queue.front().is_some_and(|(_, sub)| *sub <= at) {
            let Some(thread) = self.threads.iter().position(Option::is_none) else {
                return;
            };
            let Some((id, _)) = self.queue.pop_front() else {
                return;
            };
            let Some(task) = self.tasks.get_mut(&id) else {
                continue;
            };
            // The work is real. A file-system request is made by the core on the VFS (the
            // simulated kernel lives where the loop runs) as the thread takes it: it needs no
            // backend and names none, and its finish is known once the core has made it.
            let fs = task.fs_args.is_some();
            let result = if fs {
                self.fs_started.push(id);
                None
            } else {
                backend.start(id, thread, &mut task.work)
            };
            // Mostly the cost needs only the input: the finish is known now (an asynchronous
            // result only holds back the delivery), except with a real clock.
            let done_ns = match &result {
                Some(r) => Some(at + task.work.cost_with(r)),
                None if !fs && !self.arrival_timing && task.work.cost_known() => {
                    Some(at + task.work.cost_ns())
                }
                None => None,
            };
            task.result = result;
            self.threads[thread] = Some(Running {
                task: id,
                start_ns: at,
                done_ns,
                earliest_ns: if self.arrival_timing && !fs {
                    u64::MAX
                } else {
                    at
                },
            });
            changes.push(PoolChange::Started {
                task: id,
                thread,
                at_ns: at,
                executor: if fs {
                    None
                } else {
                    backend.executor(thread, &task.work)
                },
            });
        }
    }

    /// An asynchronous backend's result for task `id`, arriving at clock time `now`.
    pub fn complete(&mut self, id: u64, result: WorkResult, now: u64) {
        let Some(task) = self.tasks.get_mut(&id) else {
            return;
        };
        let Some(run) = self
            .threads
            .iter_mut()
            .flatten()
            .find(|r| r.task == id && r.done_ns.is_none())
        else {
            // Its finish time was known: it only waited for delivery.
            task.result = Some(result);
            return;
        };
        // Real clock: it finishes as its result arrives; virtual: its cost is known now.
        run.done_ns = Some(if self.arrival_timing {
            now.max(run.start_ns)
        } else {
            run.start_ns + task.work.cost_with(&result)
        });
        task.result = Some(result);
    }

    /// Whether the loop must wait for a backend result before time may pass `horizon`: some
    /// running task's result is unknown and it may finish by then.
    pub fn must_wait(&self, horizon: u64) -> bool {
        self.unknown_finish_by(horizon) || self.finished_without_result()
    }

    /// Whether a running task whose finish is not known yet may finish by `horizon`.
    fn unknown_finish_by(&self, horizon: u64) -> bool {
        self.threads
            .iter()
            .flatten()
            .any(|r| r.done_ns.is_none() && r.bound() <= horizon)
    }

    fn finished_without_result(&self) -> bool {
        self.finished
            .iter()
            .any(|(_, id)| self.tasks.get(id).is_some_and(|t| t.result.is_none()))
    }

    /// Whether some task waits for its result from the backend.
    pub fn has_unknown(&self) -> bool {
        self.threads.iter().flatten().any(|r| r.done_ns.is_none()) || self.finished_without_result()
    }

    /// Moves the pool forward to `now`: finishes tasks due by then (in time order) and starts
    /// queued tasks on the threads they free, at the moment they free up.
    pub fn advance(&mut self, now: u64, backend: &mut dyn PoolBackend) -> Vec<PoolChange> {
        let mut changes = Vec::new();
        loop {
            let next = self
                .threads
                .iter()
                .enumerate()
                .filter_map(|(i, t)| t.map(|r| (r.bound(), r.done_ns.is_none(), i, r.task)))
                .min();
            // A task submitted while the pool could not tell which threads were free.
            let arrival = self
                .queue
                .front()
                .map(|(_, sub)| *sub)
                .filter(|_| self.threads.iter().any(Option::is_none));
            if let Some(a) = arrival {
                if a <= now && next.is_none_or(|(b, ..)| a < b) {
                    self.start_queued(a, backend, &mut changes);
                    continue;
                }
            }
            let Some((done, unknown, thread, task)) = next else {
                break;
            };
            // An unknown result may finish first: never pass it.
            if done > now || unknown {
                break;
            }
            self.threads[thread] = None;
            self.finished.push_back((done, task));
            changes.push(PoolChange::Finished {
                task,
                thread,
                at_ns: done,
            });
            self.start_queued(done, backend, &mut changes);
        }
        changes
    }

    /// When the next running task finishes (or may finish, while its result is unknown).
    pub fn next_done(&self) -> Option<u64> {
        self.threads
            .iter()
            .filter_map(|t| t.map(|r| r.bound()))
            .filter(|&b| b != u64::MAX)
            .min()
    }

    /// The file-system requests threads have taken since the last call, as (task, start
    /// time, libuv request, arguments): the core makes each VFS call and reports it with
    /// [`Pool::fs_done`] before time moves on.
    pub fn take_fs_started(&mut self) -> Vec<(u64, u64, String, Vec<JsValue>)> {
        let ids = std::mem::take(&mut self.fs_started);
        ids.into_iter()
            .filter_map(|id| {
                let start = self
                    .threads
                    .iter()
                    .flatten()
                    .find(|r| r.task == id)
                    .map(|r| r.start_ns)?;
                let task = self.tasks.get_mut(&id)?;
                let Work::Fs { op, .. } = &task.work else {
                    return None;
                };
                Some((id, start, op.clone(), task.fs_args.take()?))
            })
            .collect()
    }

    /// A file-system request made: its callback's (err, value) and the bytes it moved, which
    /// set its duration.
    pub fn fs_done(&mut self, id: u64, outcome: (JsValue, JsValue), bytes: u64) {
        let Some(task) = self.tasks.get_mut(&id) else {
            return;
        };
        if let Work::Fs { bytes: b, .. } = &mut task.work {
            *b = bytes;
        }
        task.precomputed = Some(outcome);
        task.result = Some(WorkResult::Text {
            data: String::new(),
        });
        let cost = task.work.cost_ns();
        if let Some(run) = self.threads.iter_mut().flatten().find(|r| r.task == id) {
            run.done_ns = Some(run.start_ns + cost);
        }
    }

    /// Whether finished tasks wait for delivery.
    pub fn has_finished(&self) -> bool {
        !self.finished.is_empty()
    }

    /// Takes all finished tasks as (done time, id, task), in completion order (libuv's
    /// uv__work_done runs them all).
    pub fn take_finished(&mut self) -> Vec<(u64, u64, Task)> {
        let done: Vec<(u64, u64)> = self.finished.drain(..).collect();
        done.into_iter()
            .filter_map(|(at, id)| self.tasks.remove(&id).map(|t| (at, id, t)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(iterations: u32) -> Task {
        Task {
            precomputed: None,
            fs_args: None,
            work: Work::Pbkdf2 {
                password: b"p".to_vec(),
                salt: b"s".to_vec(),
                iterations,
                keylen: 64,
                digest: "sha512".into(),
            },
            callback: JsValue::undefined(),
            result: None,
        }
    }

    #[test]
    fn size_follows_libuv() {
        assert_eq!(threadpool_size(None), 4);
        assert_eq!(threadpool_size(Some("16")), 16);
        assert_eq!(threadpool_size(Some("0")), 1);
        assert_eq!(threadpool_size(Some("abc")), 1);
        assert_eq!(threadpool_size(Some("5000")), 1024);
        assert_eq!(threadpool_size(Some("8x")), 8);
    }

    #[test]
    fn fifth_task_waits_for_a_free_thread() {
        let mut b = InlineBackend;
        let mut p = Pool::default();
        p.ensure_size(None);
        for id in 1..=5 {
            p.submit(id, task(1000), 0, &mut b);
        }
        assert_eq!(p.busy(), 4);
        assert_eq!(p.queued(), 1);
        let d = task(1000).work.cost_ns();
        let first = p.advance(d, &mut b);
        // Four finish at d, the fifth starts at d.
        assert_eq!(
            first
                .iter()
                .filter(|c| matches!(c, PoolChange::Finished { .. }))
                .count(),
            4
        );
        assert!(first
            .iter()
            .any(|c| matches!(c, PoolChange::Started { task: 5, at_ns, .. } if *at_ns == d)));
        assert_eq!(p.next_done(), Some(2 * d));
        assert_eq!(p.take_finished().len(), 4);
        p.advance(2 * d, &mut b);
        assert_eq!(p.take_finished().len(), 1);
        assert_eq!(p.pending(), 0);
    }

    #[test]
    fn five_threads_finish_together() {
        let mut b = InlineBackend;
        let mut p = Pool::default();
        p.ensure_size(Some("5"));
        for id in 1..=5 {
            p.submit(id, task(1000), 0, &mut b);
        }
        let d = task(1000).work.cost_ns();
        p.advance(d, &mut b);
        assert_eq!(p.take_finished().len(), 5);
    }

    /// Computes nothing until told to: the shape of the Web Worker backend.
    #[derive(Default)]
    struct LaterBackend {
        started: Vec<(u64, usize, Work)>,
    }

    impl PoolBackend for LaterBackend {
        fn start(&mut self, id: u64, thread: usize, work: &mut Work) -> Option<WorkResult> {
            self.started.push((id, thread, work.clone()));
            None
        }

        fn executor(&self, thread: usize, _work: &Work) -> Option<String> {
            Some(format!("worker-{thread}"))
        }
    }

    fn fs_task(op: &str) -> Task {
        Task {
            precomputed: None,
            fs_args: Some(vec![JsValue::from(7)]),
            work: Work::Fs {
                op: op.into(),
                bytes: 0,
            },
            callback: JsValue::undefined(),
            result: None,
        }
    }

    #[test]
    fn fs_requests_are_made_by_the_core_when_a_thread_takes_them() {
        let mut b = LaterBackend::default();
        let mut p = Pool::default();
        p.ensure_size(Some("1"));
        let d = task(1000).work.cost_ns();
        let mut changes = p.submit(1, task(1000), 0, &mut b);
        changes.extend(p.submit(2, fs_task("read"), 0, &mut b));
        // The only thread is busy: the request waits in the queue, nothing is made yet.
        assert!(p.take_fs_started().is_empty());
        p.complete(1, WorkResult::Bytes { data: vec![] }, 0);
        changes.extend(p.advance(d, &mut b));
        let started = p.take_fs_started();
        assert_eq!(started.len(), 1);
        let (id, start, op, args) = &started[0];
        assert_eq!((*id, *start, op.as_str()), (2, d, "read"));
        assert_eq!(args.len(), 1);
        // Until the core has made it, its finish is unknown: time may not pass it.
        assert!(p.must_wait(d));
        p.fs_done(2, (JsValue::null(), JsValue::from(3)), 4096);
        assert!(!p.must_wait(d));
        let cost = Work::Fs {
            op: "read".into(),
            bytes: 4096,
        }
        .cost_ns();
        assert_eq!(p.next_done(), Some(d + cost));
        changes.extend(p.advance(d + cost, &mut b));
        let executors: Vec<_> = changes
            .iter()
            .filter_map(|c| match c {
                PoolChange::Started { task, executor, .. } => Some((*task, executor.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(executors, [(1, Some("worker-0".to_string())), (2, None)]);
        // Only the pbkdf2 went to the backend.
        assert_eq!(b.started.len(), 1);
        let done = p.take_finished();
        assert_eq!(done.len(), 2);
        assert_eq!((done[1].0, done[1].1), (d + cost, 2));
        assert!(done[1].2.precomputed.is_some());
    }

    #[test]
    fn async_results_keep_the_inline_timeline() {
        let mut b = LaterBackend::default();
        let mut p = Pool::default();
        p.ensure_size(None);
        for id in 1..=5 {
            p.submit(id, task(1000), 0, &mut b);
        }
        let d = task(1000).work.cost_ns();
        assert_eq!(b.started.len(), 4);
        // pbkdf2's cost does not depend on its result: finishes are known, delivery waits.
        assert_eq!(p.next_done(), Some(d));
        let changes = p.advance(d, &mut b);
        assert!(changes.iter().any(|c| matches!(
            c,
            PoolChange::Started { task: 5, at_ns, executor: Some(e), .. } if *at_ns == d && e.starts_with("worker-")
        )));
        assert!(p.has_finished());
        assert!(p.must_wait(d));
        // Results arrive out of order and late in wall terms: virtual finish is still `d`.
        for (id, _, mut w) in b.started.drain(..).rev().collect::<Vec<_>>() {
            p.complete(id, w.execute(), 123 * d);
        }
        assert!(!p.must_wait(d));
        let done = p.take_finished();
        assert_eq!(done.len(), 4);
        assert!(done.iter().all(|(at, _, t)| *at == d && t.result.is_some()));
    }

    #[test]
    fn real_clock_async_results_finish_on_arrival() {
        let mut b = LaterBackend::default();
        let mut p = Pool::default();
        p.set_arrival_timing(true);
        p.ensure_size(None);
        p.submit(1, task(1000), 0, &mut b);
        assert!(p.has_unknown());
        assert_eq!(p.next_done(), None);
        assert!(!p.must_wait(u64::MAX - 1));
        let (id, _, mut w) = b.started.remove(0);
        p.complete(id, w.execute(), 777);
        assert_eq!(p.next_done(), Some(777));
        p.advance(777, &mut b);
        assert_eq!(p.take_finished()[0].0, 777);
    }
}
