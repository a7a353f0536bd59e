//! The views: each renders the recording at the current step and nothing else (one component
//! per file). They share [`RecRef`], a handle on the recording whose equality is its version,
//! so a view re-renders when new events arrived or the step changed.

mod console;
mod explain;
mod memory;
mod pool;
mod queues;
mod scrubber;
mod streams;
mod timeline;

use std::cell::RefCell;
use std::rc::Rc;

pub use console::ConsoleView;
pub use explain::ExplainView;
pub use memory::MemoryView;
pub use pool::PoolView;
pub use queues::QueuesView;
pub use scrubber::Scrubber;
pub use streams::StreamsView;
pub use timeline::TimelineView;

use crate::model::Recording;

/// The recording and its version.
#[derive(Clone)]
pub struct RecRef(pub Rc<RefCell<Recording>>, pub u64);

impl PartialEq for RecRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) && self.1 == other.1
    }
}

/// The event position a view shows for `current` (after that step's callback).
pub fn position(rec: &Recording, current: Option<usize>) -> usize {
    current.map_or(0, |s| rec.pos_after(s))
}

/// Formats virtual nanoseconds as milliseconds.
pub fn fmt_ms(ns: u64) -> String {
    let v = ns as f64 / 1e6;
    if v >= 100.0 {
        format!("{v:.0} ms")
    } else if v >= 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.2} ms")
    }
}

/// Formats a byte count.
pub fn fmt_bytes(b: f64) -> String {
    if b >= 1024.0 * 1024.0 {
        format!("{:.1} MiB", b / (1024.0 * 1024.0))
    } else if b >= 1024.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else {
        format!("{b:.0} B")
    }
}
