//! Timer bookkeeping with Node's semantics (lib/internal/timers.js): one list per duration,
//! timers in a list kept in insertion order, lists kept in a priority queue ordered by
//! `(expiry, list id)`. The timers phase walks lists in that order with a fixed `now` and runs a
//! timer only if `now - start >= duration`, so timers armed during the pass never fire in it.
//!
//! This module only keeps the data; the loop ([`crate::runtime`]) calls the JavaScript.

use std::collections::{BTreeMap, BTreeSet};

use crate::idmap::IdMap;

use boa_engine::{JsObject, JsValue};

/// One armed `Timeout`.
pub(crate) struct Timer {
    /// The `Timeout` object (`this` of the callback).
    pub obj: JsObject,
    /// The callback.
    pub callback: JsValue,
    /// Extra arguments.
    pub args: Vec<JsValue>,
    /// Duration in whole ms (after coercion).
    pub msecs: u64,
    /// Loop time (ms) when it was (re)armed.
    pub start: u64,
    /// Interval duration, if it repeats.
    pub repeat: Option<u64>,
    /// Whether it keeps the loop alive.
    pub refed: bool,
    /// Insertion sequence inside its list.
    seq: u64,
    /// Whether it is currently linked into a list.
    linked: bool,
}

struct TimerList {
    expiry: u64,
    id: u64,
    /// seq -> timer id, in insertion order.
    items: BTreeMap<u64, u64>,
}

/// All timers of a run.
#[derive(Default)]
pub(crate) struct Timers {
    timers: IdMap<Timer>,
    lists: IdMap<TimerList>,
    /// (expiry, list id, msecs)
    queue: BTreeSet<(u64, u64, u64)>,
    next_list_id: u64,
    next_seq: u64,
    refed: usize,
}

/// What the timers pass should do next.
pub(crate) enum Due {
    /// Run this timer now (it has been unlinked).
    Run(u64),
    /// Nothing is due at `now`.
    Idle,
}

impl Timers {
    /// Number of ref'd timers (loop liveness).
    pub fn refed_count(&self) -> usize {
        self.refed
    }

    /// Earliest list expiry, if any timer is armed.
    pub fn next_expiry(&self) -> Option<u64> {
        self.queue.iter().next().map(|(e, _, _)| *e)
    }

    pub fn get(&self, id: u64) -> Option<&Timer> {
        self.timers.get(&id)
    }

    /// Creates and arms a timer. Returns its expiry.
    #[allow(clippy::too_many_arguments)]
    pub fn create(
        &mut self,
        id: u64,
        obj: JsObject,
        callback: JsValue,
        args: Vec<JsValue>,
        msecs: u64,
        repeat: bool,
        refed: bool,
        now: u64,
    ) -> u64 {
        let timer = Timer {
            obj,
            callback,
            args,
            msecs,
            start: now,
            repeat: repeat.then_some(msecs),
            refed,
            seq: 0,
            linked: false,
        };
        if refed {
            self.refed += 1;
        }
        self.timers.insert(id, timer);
        self.link(id, msecs, now)
    }

    /// Node's `insert(item, msecs, start)`.
    fn link(&mut self, id: u64, msecs: u64, start: u64) -> u64 {
        let seq = self.next_seq;
        self.next_seq += 1;
        let Some(t) = self.timers.get_mut(&id) else {
            return 0;
        };
        t.start = start;
        t.msecs = msecs;
        t.seq = seq;
        t.linked = true;
        if !self.lists.contains_key(&msecs) {
            let expiry = start + msecs;
            let lid = self.next_list_id;
            self.next_list_id += 1;
            self.lists.insert(
                msecs,
                TimerList {
                    expiry,
                    id: lid,
                    items: BTreeMap::new(),
                },
            );
            self.queue.insert((expiry, lid, msecs));
        }
        if let Some(list) = self.lists.get_mut(&msecs) {
            list.items.insert(seq, id);
        }
        start + msecs
    }

    /// Removes a timer from its list (Node's `L.remove` + empty-list cleanup of `unenroll`).
    fn unlink(&mut self, id: u64) {
        let Some(t) = self.timers.get_mut(&id) else {
            return;
        };
        if !t.linked {
            return;
        }
        t.linked = false;
        let (msecs, seq) = (t.msecs, t.seq);
        let mut drop_list = None;
        if let Some(list) = self.lists.get_mut(&msecs) {
            list.items.remove(&seq);
            if list.items.is_empty() {
                drop_list = Some((list.expiry, list.id, msecs));
            }
        }
        if let Some(key) = drop_list {
            self.queue.remove(&key);
            self.lists.remove(&msecs);
        }
    }

    /// clearTimeout: unlinks and forgets the timer. Returns whether it existed.
    pub fn clear(&mut self, id: u64) -> bool {
        self.unlink(id);
        match self.timers.remove(&id) {
            Some(t) => {
                if t.refed {
                    self.refed -= 1;
                }
                true
            }
            None => false,
        }
    }

    /// `timeout.refresh()`: re-arms from `now` at the back of its list.
    pub fn refresh(&mut self, id: u64, now: u64) -> Option<u64> {
        let msecs = self.timers.get(&id)?.msecs;
        self.unlink(id);
        Some(self.link(id, msecs, now))
    }

    /// Re-arms a timer that already ran (refresh inside its own callback, or interval re-arm).
    pub fn rearm(&mut self, id: u64, msecs: u64, start: u64) -> Option<u64> {
        self.timers.get(&id)?;
        self.unlink(id);
        Some(self.link(id, msecs, start))
    }

    /// Changes the ref state. Returns whether it changed.
    pub fn set_ref(&mut self, id: u64, refed: bool) -> bool {
        let Some(t) = self.timers.get_mut(&id) else {
            return false;
        };
        if t.refed == refed {
            return false;
        }
        t.refed = refed;
        if refed {
            self.refed += 1;
        } else {
            self.refed -= 1;
        }
        true
    }

    /// One step of Node's `processTimers(now)` / `listOnTimeout(list, now)`.
    pub fn next_due(&mut self, now: u64) -> Due {
        loop {
            let Some(&(expiry, lid, msecs)) = self.queue.iter().next() else {
                return Due::Idle;
            };
            if expiry > now {
                return Due::Idle;
            }
            let first = self
                .lists
                .get(&msecs)
                .and_then(|l| l.items.iter().next().map(|(s, id)| (*s, *id)));
            let Some((_seq, id)) = first else {
                self.queue.remove(&(expiry, lid, msecs));
                self.lists.remove(&msecs);
                continue;
            };
            let start = self.timers.get(&id).map_or(0, |t| t.start);
            if now.saturating_sub(start) < msecs || start > now {
                // Too early for the rest of this list: move the list to its new expiry.
                let new_expiry = (start + msecs).max(now + 1);
                let new_id = self.next_list_id;
                self.next_list_id += 1;
                self.queue.remove(&(expiry, lid, msecs));
                self.queue.insert((new_expiry, new_id, msecs));
                if let Some(l) = self.lists.get_mut(&msecs) {
                    l.expiry = new_expiry;
                    l.id = new_id;
                }
                continue;
            }
            self.unlink(id);
            return Due::Run(id);
        }
    }

    /// After a timer ran: intervals re-arm from `start` (the time before the callback ran);
    /// one-shot timers are forgotten unless their callback re-armed them (refresh).
    /// Returns the new expiry if it re-armed.
    pub fn after_run(&mut self, id: u64, start_before: u64) -> Option<u64> {
        let t = self.timers.get(&id)?;
        if let Some(rep) = t.repeat {
            return self.rearm(id, rep, start_before);
        }
        if t.linked {
            return None;
        }
        self.clear(id);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{Due, Timers};
    use boa_engine::{Context, JsObject, JsValue};

    fn obj(ctx: &mut Context) -> JsObject {
        JsObject::with_object_proto(ctx.intrinsics())
    }

    fn arm(t: &mut Timers, ctx: &mut Context, id: u64, ms: u64, now: u64, repeat: bool) {
        let o = obj(ctx);
        t.create(
            id,
            o,
            JsValue::undefined(),
            Vec::new(),
            ms,
            repeat,
            true,
            now,
        );
    }

    fn run_pass(t: &mut Timers, now: u64) -> Vec<u64> {
        let mut out = Vec::new();
        while let Due::Run(id) = t.next_due(now) {
            out.push(id);
            t.after_run(id, now);
        }
        out
    }

    #[test]
    fn same_duration_fires_in_insertion_order_and_lists_by_expiry() {
        let mut ctx = Context::default();
        let mut t = Timers::default();
        arm(&mut t, &mut ctx, 1, 10, 0, false);
        arm(&mut t, &mut ctx, 2, 5, 0, false);
        arm(&mut t, &mut ctx, 3, 10, 0, false);
        arm(&mut t, &mut ctx, 4, 5, 1, false);
        assert_eq!(t.next_expiry(), Some(5));
        assert_eq!(run_pass(&mut t, 4), Vec::<u64>::new());
        // At 20 everything is due: the 5 ms list (expiry 5) before the 10 ms list (expiry 10),
        // each in insertion order.
        assert_eq!(run_pass(&mut t, 20), vec![2, 4, 1, 3]);
        assert_eq!(t.refed_count(), 0);
        assert_eq!(t.next_expiry(), None);
    }

    #[test]
    fn a_list_waits_for_its_later_timers() {
        let mut ctx = Context::default();
        let mut t = Timers::default();
        arm(&mut t, &mut ctx, 1, 10, 0, false);
        arm(&mut t, &mut ctx, 2, 10, 7, false);
        assert_eq!(run_pass(&mut t, 12), vec![1]);
        // The list moved to the second timer's expiry.
        assert_eq!(t.next_expiry(), Some(17));
        assert_eq!(run_pass(&mut t, 17), vec![2]);
    }

    #[test]
    fn timers_armed_during_a_pass_do_not_fire_in_it() {
        let mut ctx = Context::default();
        let mut t = Timers::default();
        arm(&mut t, &mut ctx, 1, 1, 0, false);
        let now = 5;
        let Due::Run(first) = t.next_due(now) else {
            panic!("timer 1 is due");
        };
        assert_eq!(first, 1);
        t.after_run(1, now);
        // Armed at `now` from inside the callback, with the pass still going.
        arm(&mut t, &mut ctx, 2, 1, now, false);
        assert!(matches!(t.next_due(now), Due::Idle));
        assert_eq!(run_pass(&mut t, now + 1), vec![2]);
    }

    #[test]
    fn intervals_rearm_from_their_start_and_clear_stops_them() {
        let mut ctx = Context::default();
        let mut t = Timers::default();
        arm(&mut t, &mut ctx, 1, 10, 0, true);
        let Due::Run(id) = t.next_due(10) else {
            panic!("due");
        };
        // The callback ran from 10 to 25; the interval re-arms from 10.
        assert_eq!(t.after_run(id, 10), Some(20));
        assert_eq!(t.next_expiry(), Some(20));
        assert!(t.clear(1));
        assert_eq!(t.next_expiry(), None);
        assert_eq!(t.refed_count(), 0);
    }

    #[test]
    fn refresh_moves_a_timer_to_the_back() {
        let mut ctx = Context::default();
        let mut t = Timers::default();
        arm(&mut t, &mut ctx, 1, 10, 0, false);
        arm(&mut t, &mut ctx, 2, 10, 0, false);
        assert_eq!(t.refresh(1, 3), Some(13));
        assert_eq!(run_pass(&mut t, 10), vec![2]);
        assert_eq!(run_pass(&mut t, 13), vec![1]);
    }

    #[test]
    fn unref_does_not_keep_the_loop_alive() {
        let mut ctx = Context::default();
        let mut t = Timers::default();
        arm(&mut t, &mut ctx, 1, 10, 0, false);
        assert_eq!(t.refed_count(), 1);
        assert!(t.set_ref(1, false));
        assert!(!t.set_ref(1, false));
        assert_eq!(t.refed_count(), 0);
        assert_eq!(t.next_expiry(), Some(10));
    }
}
