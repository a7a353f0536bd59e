//! The simulated libuv thread pool: `UV_THREADPOOL_SIZE` threads (default 4, 1..=1024, read
//! when the pool is first used, as libuv does), a FIFO work queue, and completions that the loop
//! delivers in the poll phase (DESIGN.md rule 10).
//!
//! In virtual time a task occupies its thread for [`Work::cost_ns`]: a thread that frees up at
//! time t starts the next queued task at t, so pool exhaustion shows up exactly (five 4-thread
//! pbkdf2 calls: the fifth finishes one task-duration after the first four). The work itself is
//! done by a [`PoolBackend`]: inline here; the browser host will use Web Workers.

use std::collections::{BTreeMap, VecDeque};

use boa_engine::JsValue;

use crate::work::{Work, WorkResult};

/// Computes tasks. Implementations must return exactly what [`Work::execute`] returns.
pub trait PoolBackend {
    /// Computes `work` (the inline backend does it right away).
    fn execute(&mut self, work: &Work) -> WorkResult;
}

/// Runs tasks on the calling thread.
#[derive(Debug, Default)]
pub struct InlineBackend;

impl PoolBackend for InlineBackend {
    fn execute(&mut self, work: &Work) -> WorkResult {
        work.execute()
    }
}

pub(crate) struct Task {
    pub work: Work,
    /// For work done by the core itself at submission (fs on the VFS): the (err, value)
    /// arguments of the completion callback. The pool only models its timing.
    pub precomputed: Option<(JsValue, JsValue)>,
    pub callback: JsValue,
    pub result: Option<WorkResult>,
}

#[derive(Clone, Copy)]
struct Running {
    task: u64,
    done_ns: u64,
}

/// A pool state change for the trace, stamped with the virtual time it happened at.
pub(crate) enum PoolChange {
    Started {
        task: u64,
        thread: usize,
        at_ns: u64,
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
    queue: VecDeque<u64>,
    pub tasks: BTreeMap<u64, Task>,
    /// Finished, not yet delivered: (done time, task).
    finished: VecDeque<(u64, u64)>,
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
        self.queue.push_back(id);
        let mut changes = Vec::new();
        self.start_queued(now, backend, &mut changes);
        changes
    }

    fn start_queued(
        &mut self,
        at: u64,
        backend: &mut dyn PoolBackend,
        changes: &mut Vec<PoolChange>,
    ) {
        while !self.queue.is_empty() {
            let Some(thread) = self.threads.iter().position(Option::is_none) else {
                return;
            };
            let Some(id) = self.queue.pop_front() else {
                return;
            };
            let Some(task) = self.tasks.get_mut(&id) else {
                continue;
            };
            // The work is real: compute it now; virtual time decides when it is "done".
            let result = backend.execute(&task.work);
            let done_ns = at + task.work.cost_ns(Some(&result));
            task.result = Some(result);
            self.threads[thread] = Some(Running { task: id, done_ns });
            changes.push(PoolChange::Started {
                task: id,
                thread,
                at_ns: at,
            });
        }
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
                .filter_map(|(i, t)| t.map(|r| (r.done_ns, i, r.task)))
                .min();
            let Some((done, thread, task)) = next else {
                break;
            };
            if done > now {
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

    /// When the next running task finishes, if any.
    pub fn next_done(&self) -> Option<u64> {
        self.threads
            .iter()
            .filter_map(|t| t.map(|r| r.done_ns))
            .min()
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
        let d = task(1000).work.cost_ns(None);
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
        let d = task(1000).work.cost_ns(None);
        p.advance(d, &mut b);
        assert_eq!(p.take_finished().len(), 5);
    }
}
