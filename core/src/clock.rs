//! Time. The loop reads time only through [`LoopClock`], which is either the deterministic
//! virtual clock (advanced by the cost model and by idle jumps) or a host-provided
//! [`HostClock`] (real time). The same clock is handed to boa so `Date.now()` agrees with timers.
//!
//! Virtual cost model: every executed bytecode instruction costs
//! [`crate::RunOptions::ns_per_instruction`] virtual nanoseconds. The instruction counter is
//! read at sync points (every native call into the runtime and every callback boundary), so a
//! `while (Date.now() - t < 200) {}` loop sees time move and ends after 200 virtual ms.

use std::cell::Cell;
use std::rc::Rc;

use boa_engine::context::time::JsInstant;
use boa_engine::context::Clock;

/// Wall-clock epoch (ms) that virtual runs start at: 2024-01-01T00:00:00Z.
pub const VIRTUAL_EPOCH_MS: i64 = 1_704_067_200_000;

/// A real clock supplied by the host (the CLI uses `std::time`, the web host `performance.now()`).
pub trait HostClock {
    /// Monotonic nanoseconds since an arbitrary origin.
    fn monotonic_ns(&self) -> u64;
    /// Milliseconds since the Unix epoch.
    fn wall_ms(&self) -> i64;
}

/// The clock a run uses. Cheap to clone (shared).
#[derive(Clone)]
pub struct LoopClock {
    inner: Rc<ClockInner>,
}

struct ClockInner {
    host: Option<Box<dyn HostClock>>,
    /// Virtual nanoseconds since the start of the run.
    virtual_ns: Cell<u64>,
    /// Host monotonic reading at the start of the run (real mode).
    origin_ns: u64,
    /// Host wall clock at the start of the run (real mode).
    origin_wall_ms: i64,
}

impl LoopClock {
    /// A deterministic virtual clock starting at zero.
    pub fn new_virtual() -> Self {
        Self {
            inner: Rc::new(ClockInner {
                host: None,
                virtual_ns: Cell::new(0),
                origin_ns: 0,
                origin_wall_ms: VIRTUAL_EPOCH_MS,
            }),
        }
    }

    /// A clock that follows the host's real time.
    pub fn new_real(host: Box<dyn HostClock>) -> Self {
        let origin_ns = host.monotonic_ns();
        let origin_wall_ms = host.wall_ms();
        Self {
            inner: Rc::new(ClockInner {
                host: Some(host),
                virtual_ns: Cell::new(0),
                origin_ns,
                origin_wall_ms,
            }),
        }
    }

    /// Whether this clock is virtual.
    pub fn is_virtual(&self) -> bool {
        self.inner.host.is_none()
    }

    /// Nanoseconds since the start of the run.
    pub fn now_ns(&self) -> u64 {
        match &self.inner.host {
            None => self.inner.virtual_ns.get(),
            Some(h) => h.monotonic_ns().saturating_sub(self.inner.origin_ns),
        }
    }

    /// Whole milliseconds since the start of the run (libuv's `uv_now` granularity).
    pub fn now_ms(&self) -> u64 {
        self.now_ns() / 1_000_000
    }

    /// Advances virtual time (no effect on a real clock).
    pub fn advance_ns(&self, ns: u64) {
        if self.is_virtual() {
            let v = &self.inner.virtual_ns;
            v.set(v.get().saturating_add(ns));
        }
    }

    /// Restarts virtual time at zero (after the runtime's own bootstrap, so a program's timing
    /// does not depend on how much work loopscope did before it).
    pub fn reset_virtual(&self) {
        if self.is_virtual() {
            self.inner.virtual_ns.set(0);
        }
    }

    /// Moves virtual time forward to `ns` if it is in the future.
    pub fn advance_to_ns(&self, ns: u64) {
        if self.is_virtual() && ns > self.inner.virtual_ns.get() {
            self.inner.virtual_ns.set(ns);
        }
    }

    /// Milliseconds since the Unix epoch as the program sees them.
    pub fn wall_ms(&self) -> i64 {
        self.inner.origin_wall_ms + i64::try_from(self.now_ms()).unwrap_or(i64::MAX / 2)
    }

    /// Wall-clock milliseconds at loop time `ns` (an earlier moment of this run).
    pub fn wall_ms_at(&self, ns: u64) -> i64 {
        self.inner.origin_wall_ms + i64::try_from(ns / 1_000_000).unwrap_or(i64::MAX / 2)
    }
}

/// Adapter so boa's `Date` and internal timing read the same clock.
pub(crate) struct BoaClock(pub LoopClock);

impl Clock for BoaClock {
    fn now(&self) -> JsInstant {
        let ns = self.0.now_ns();
        JsInstant::new(ns / 1_000_000_000, (ns % 1_000_000_000) as u32)
    }

    fn system_time_millis(&self) -> i64 {
        self.0.wall_ms()
    }
}
