//! `worker_threads` isolates: each `new Worker(...)` is its own [`Runtime`] (a boa `Context`
//! with its own event loop, clock and memory of callbacks), owned by the isolate that started
//! it. Messages are serialized strings (the structured-clone wire form of
//! `core/js/internal/worker_serialize.js`) put into the receiver's inbox, stamped with the
//! sender's clock; the receiver delivers them in its poll phase, like node's uv_async-driven
//! MessagePort.
//!
//! Scheduling (virtual clock): isolates run in parallel, each advancing its own clock by its
//! own cost; the group steps the isolate whose next event is earliest (a runnable isolate at
//! its clock, a waiting one at its wake-up or earliest message), the parent first on ties,
//! so every run is the same. A waiting isolate's clock only jumps when it is the earliest,
//! so no message can arrive in its past. With a real clock all isolates share it.
//!
//! `MessageChannel` ports are run-wide: [`GroupIds`] knows which isolate's inbox each port's
//! messages go to, so a port posted in a transfer list moves to the receiving isolate together
//! with the messages already queued for it, and closing one end (or the exit of the isolate
//! holding it) tells the other end wherever it lives. `SharedArrayBuffer` memory is kept here
//! too, so every isolate that receives one works on the same bytes.
//!
//! Left out for now: a worker's pool work runs inline, and worker stdout is written straight
//! to the run's output (node pipes it through the main thread, which can reorder it against the
//! main thread's output).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use boa_engine::builtins::array_buffer::SharedArrayBuffer;

use crate::host::{Host, Inbox};
use crate::runtime::{Runtime, Status};

/// Virtual time a new worker thread takes to start (node 20 here: 26–34 ms from `new Worker`
/// to 'online').
pub const WORKER_START_NS: u64 = 25_000_000;

/// One message.
#[derive(Debug, Clone)]
pub struct PortMsg {
    /// Target port on the receiving side (a worker's thread id on the parent side; 0 for
    /// `parentPort` in a worker; local `MessageChannel` ports above [`LOCAL_PORT_BASE`]).
    pub port: u64,
    /// `message`, `online`, `error`, `exit` or `port_close` (worker_threads); `ipc`,
    /// `cluster`, `process_online` or `process_exit` (cluster).
    pub kind: &'static str,
    /// Serialized payload (or the exit code).
    pub data: String,
}

/// Most isolates (worker threads and cluster processes) one run may start: each is a whole
/// JavaScript engine, so a fork bomb ends with a clear limit instead of exhausting memory.
pub const MAX_ISOLATES: u32 = 64;

/// First id of in-isolate `MessageChannel` ports.
pub const LOCAL_PORT_BASE: u64 = 1 << 40;

/// Thread ids, the message order, the run's `MessageChannel` ports and shared memory: what
/// the whole run (every isolate) shares.
#[derive(Debug, Default)]
pub struct GroupIds {
    next_thread: Cell<u32>,
    next_isolate: Cell<u32>,
    next_handle: Cell<u64>,
    next_port: Cell<u64>,
    seq: Cell<u64>,
    ports: RefCell<HashMap<u64, PortEntry>>,
    shared: RefCell<Vec<SharedArrayBuffer>>,
}

/// One end of a `MessageChannel`.
#[derive(Debug)]
struct PortEntry {
    /// The inbox of the isolate that holds this end.
    owner: Inbox,
    /// The other end's id.
    peer: u64,
}

impl GroupIds {
    /// The next worker's thread id (1, 2, …).
    pub fn thread_id(&self) -> u32 {
        let id = self.next_thread.get() + 1;
        self.next_thread.set(id);
        id
    }

    /// Isolates started so far (besides the main one).
    pub fn isolates(&self) -> u32 {
        self.next_isolate.get()
    }

    /// The next isolate id (1, 2, …; the main isolate is 0).
    pub fn isolate_id(&self) -> u32 {
        let id = self.next_isolate.get() + 1;
        self.next_isolate.set(id);
        id
    }

    /// A run-wide network handle id (the network is shared by all isolates).
    pub fn handle_id(&self) -> u64 {
        let id = self.next_handle.get() + 1;
        self.next_handle.set(id);
        (1 << 32) + id
    }

    /// A run-wide message order number.
    pub fn seq(&self) -> u64 {
        let s = self.seq.get() + 1;
        self.seq.set(s);
        s
    }

    /// A new `MessageChannel` held by the isolate of `owner`: the ids of its two ends.
    pub fn new_channel(&self, owner: &Inbox) -> (u64, u64) {
        let a = LOCAL_PORT_BASE + self.next_port.get();
        let b = a + 1;
        self.next_port.set(self.next_port.get() + 2);
        let mut ports = self.ports.borrow_mut();
        for (id, peer) in [(a, b), (b, a)] {
            ports.insert(
                id,
                PortEntry {
                    owner: Rc::clone(owner),
                    peer,
                },
            );
        }
        (a, b)
    }

    /// The inbox that messages for port `id` go to (`None` once it is closed).
    pub fn port_owner(&self, id: u64) -> Option<Inbox> {
        self.ports.borrow().get(&id).map(|e| Rc::clone(&e.owner))
    }

    /// Port `id` now belongs to the isolate of `to` (it was transferred at time `at`): the
    /// messages already queued for it move along, after what was just posted there.
    pub fn move_port(&self, id: u64, to: &Inbox, at: u64) {
        let old = {
            let mut ports = self.ports.borrow_mut();
            let Some(e) = ports.get_mut(&id) else {
                return;
            };
            std::mem::replace(&mut e.owner, Rc::clone(to))
        };
        if Rc::ptr_eq(&old, to) {
            return;
        }
        let queued: std::collections::BTreeMap<(u64, u64), PortMsg> = {
            let mut inbox = old.borrow_mut();
            let (queued, staying) = std::mem::take(&mut *inbox)
                .into_iter()
                .partition(|(_, m)| m.port == id);
            *inbox = staying;
            queued
        };
        for ((t, _), m) in queued {
            post(self, to, t.max(at), m);
        }
    }

    /// Closes the channel that port `id` belongs to at time `at`. When the other end lives in
    /// another isolate than `own`, that isolate is told (the other end gets 'close' there).
    pub fn close_port(&self, id: u64, own: &Inbox, at: u64) {
        let peer = {
            let mut ports = self.ports.borrow_mut();
            let Some(e) = ports.remove(&id) else {
                return;
            };
            ports.remove(&e.peer).map(|p| (e.peer, p.owner))
        };
        if let Some((peer, owner)) = peer.filter(|(_, owner)| !Rc::ptr_eq(owner, own)) {
            post(self, &owner, at, port_closed(peer));
        }
    }

    /// Closes every port held by the isolate of `inbox` (it exited at time `at`).
    fn orphan_ports(&self, inbox: &Inbox, at: u64) {
        let held: Vec<u64> = self
            .ports
            .borrow()
            .iter()
            .filter(|(_, e)| Rc::ptr_eq(&e.owner, inbox))
            .map(|(id, _)| *id)
            .collect();
        for id in held {
            self.close_port(id, inbox, at);
        }
    }

    /// Keeps a `SharedArrayBuffer`'s memory for other isolates: its index.
    pub fn share(&self, buffer: SharedArrayBuffer) -> usize {
        let mut shared = self.shared.borrow_mut();
        shared.push(buffer);
        shared.len() - 1
    }

    /// The memory kept by [`GroupIds::share`] under `index`.
    pub fn shared(&self, index: usize) -> Option<SharedArrayBuffer> {
        self.shared.borrow().get(index).cloned()
    }
}

/// The message that tells port `port` its other end was closed.
fn port_closed(port: u64) -> PortMsg {
    PortMsg {
        port,
        kind: "port_close",
        data: String::new(),
    }
}

/// What a worker knows about where it runs.
pub struct WorkerLink {
    /// Its thread id.
    pub thread_id: u32,
    /// The parent's inbox.
    pub parent_inbox: Inbox,
    /// `workerData`, serialized.
    pub worker_data: String,
    /// Set for a `cluster` worker process (its cluster id): a process, not a thread.
    pub process: Option<u32>,
}

/// Where a child isolate stands in the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildState {
    /// May run at its clock.
    Runnable,
    /// Waits until then (`u64::MAX`: for a message).
    Blocked(u64),
    /// Finished.
    Done,
}

/// A worker isolate owned by its parent.
pub struct Child {
    /// Its thread id.
    pub thread_id: u32,
    /// The isolate.
    pub rt: Runtime,
    /// Schedule state.
    pub state: ChildState,
    /// Whether the parent's `Worker` object keeps the parent alive.
    pub refed: bool,
    /// `terminate()` / `kill()` was called (at this parent time).
    pub terminate: Option<u64>,
    /// Its inbox (shared with its Host).
    pub inbox: Inbox,
    /// Set for a cluster worker process (its cluster id).
    pub process: Option<u32>,
    /// Its isolate id (owner of its network handles).
    pub isolate: u32,
}

impl Child {
    /// Whether the parent's `id` names this child: a cluster worker id on the process
    /// channel (`process`), a thread id otherwise.
    pub fn is(&self, id: u64, process: bool) -> bool {
        let own = if process {
            self.process.map(u64::from)
        } else {
            Some(u64::from(self.thread_id)).filter(|_| self.process.is_none())
        };
        own == Some(id)
    }

    /// Marks the child done, closes its handles and tells the parent it exited.
    fn finish(&mut self, host: &Host, data: String) {
        self.state = ChildState::Done;
        let msg = self.exit_msg(data);
        self.rt.close_handles();
        host.group.orphan_ports(&self.inbox, self.rt.now_ns());
        post(&host.group, &host.inbox, self.rt.now_ns(), msg);
    }

    /// The port the parent knows it by, and the kind of its exit message.
    fn exit_msg(&self, data: String) -> PortMsg {
        match self.process {
            Some(id) => PortMsg {
                port: u64::from(id),
                kind: "process_exit",
                data,
            },
            None => PortMsg {
                port: u64::from(self.thread_id),
                kind: "exit",
                data,
            },
        }
    }
}

/// Posts a message into `inbox` at time `at`.
pub fn post(group: &GroupIds, inbox: &Inbox, at: u64, msg: PortMsg) {
    inbox.borrow_mut().insert((at, group.seq()), msg);
}

/// The earliest message time in an inbox.
pub fn earliest(inbox: &Inbox) -> Option<u64> {
    inbox.borrow().keys().next().map(|(t, _)| *t)
}

/// When a child isolate can next do something.
pub fn child_time(c: &Child) -> Option<u64> {
    if let Some(at) = c.terminate {
        return (c.state != ChildState::Done).then(|| at.max(c.rt.now_ns()));
    }
    match c.state {
        ChildState::Done => None,
        ChildState::Runnable => Some(c.rt.now_ns()),
        ChildState::Blocked(u) => {
            let m = c.rt.external_due().map(|t| t.max(c.rt.now_ns()));
            Some(m.map_or(u, |m| m.min(u)))
        }
    }
}

/// Steps child `i` of `host` once. Returns whether a callback ran.
pub fn step_child(host: &Host, i: usize) -> bool {
    let mut children = host.children.borrow_mut();
    let Some(c) = children.get_mut(i) else {
        return false;
    };
    if let Some(at) = c.terminate {
        if at > c.rt.now_ns() {
            c.rt.advance_clock_to(at);
        }
        let data = if c.process.is_some() { "SIGTERM" } else { "1" };
        c.finish(host, data.into());
        return false;
    }
    if let Some(t) = child_time(c) {
        if t > c.rt.now_ns() && t != u64::MAX {
            c.rt.advance_clock_to(t);
        }
    }
    match c.rt.step() {
        Status::Ran => {
            c.state = ChildState::Runnable;
            true
        }
        Status::Blocked { until_ns } => {
            c.state = ChildState::Blocked(until_ns);
            false
        }
        Status::AwaitingPool { until_ns } => {
            c.state = ChildState::Blocked(until_ns.unwrap_or(u64::MAX));
            false
        }
        Status::Done(o) => {
            c.finish(host, o.exit_code.to_string());
            false
        }
    }
}

/// Whether any child still runs (and is ref'd: keeps the parent alive).
pub fn children_alive(host: &Host) -> bool {
    host.children
        .borrow()
        .iter()
        .any(|c| c.state != ChildState::Done && c.refed)
}

/// Shared handle to a parent's inbox for a new child.
pub fn link(host: &Host, thread_id: u32, worker_data: String, process: Option<u32>) -> WorkerLink {
    WorkerLink {
        thread_id,
        parent_inbox: Rc::clone(&host.inbox),
        worker_data,
        process,
    }
}

/// Virtual time a forked cluster worker process takes to start (node 20 here: 100–140 ms
/// from `cluster.fork()` to 'online').
pub const PROCESS_START_NS: u64 = 100_000_000;

/// Marks every child for termination (the parent is exiting).
pub fn terminate_all(host: &Host) {
    for c in host.children.borrow_mut().iter_mut() {
        c.terminate.get_or_insert(0);
        c.state = ChildState::Done;
        c.rt.close_handles();
    }
}
