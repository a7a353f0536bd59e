//! The boa [`JobExecutor`] that hands every promise job to the loop's microtask queue
//! (owned by [`crate::host::Host`]) and records when and where each was scheduled. Jobs run
//! only when the loop drains them (`processTicksAndRejections`), never inside boa.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use boa_engine::job::{Job, JobExecutor};
use boa_engine::{Context, JsResult};

use crate::host::{Host, Micro};
use crate::trace::{CallbackKind, EventKind};

/// Queues promise jobs into the run's microtask queue.
pub(crate) struct LoopExecutor {
    pub host: RefCell<Weak<Host>>,
}

impl JobExecutor for LoopExecutor {
    fn enqueue_job(self: Rc<Self>, job: Job, context: &mut Context) {
        let Some(host) = self.host.borrow().upgrade() else {
            return;
        };
        match job {
            Job::PromiseJob(_) | Job::GenericJob(_) => {
                let id = host.next_id();
                if host.trace_enabled() {
                    let at = host.user_pos(context);
                    host.emit(EventKind::Scheduled {
                        cb: id,
                        kind: CallbackKind::Promise,
                        by: host.current_cb(),
                        at,
                        name: None,
                    });
                }
                host.micro.borrow_mut().push_back(Micro {
                    id,
                    kind: CallbackKind::Promise,
                    job,
                });
            }
            // Module loading runs as host futures; the loop polls them with the microtasks.
            Job::AsyncJob(j) => host.async_jobs.borrow_mut().push_back(j),
            // Timeouts and FinalizationRegistry cleanups are not used by loopscope's APIs
            // (timers are the loop's own); drop them.
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        // Only reached if something calls `Context::run_jobs` directly: run microtasks in order.
        let Some(host) = self.host.borrow().upgrade() else {
            return Ok(());
        };
        loop {
            let next = host.micro.borrow_mut().pop_front();
            let Some(m) = next else { return Ok(()) };
            match m.job {
                Job::PromiseJob(j) => {
                    j.call(context)?;
                }
                Job::GenericJob(j) => {
                    j.call(context)?;
                }
                _ => {}
            }
        }
    }
}
