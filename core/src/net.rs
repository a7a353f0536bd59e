//! The simulated loopback network behind `net` and `http`: TCP handles (listeners and
//! connected streams) on 127.0.0.1 / ::1 inside the run, with a cost model for latency and
//! bandwidth. Like epoll, readiness (a connection to accept, a finished connect, bytes or EOF
//! to read, a writable socket for a shutdown) is an event that the loop's poll phase delivers
//! once due; no thread pool is involved. Closing a handle is immediate here and its callback
//! is queued for the close phase by the caller (`Host::closing`).
//!
//! Cost model (virtual clock): each socket call costs the caller [`SYSCALL_NS`] of loop time
//! (it blocks, like the real syscall). A connection's direction carries bytes at 2 GB/s, so
//! big writes arrive spread out and later bytes queue behind earlier ones. On a real
//! loopback the kernel hands segments over during the sending call, so the default extra
//! latency is 0 (`RunOptions::net_latency_us` adds a one-way delay to every segment, and
//! twice that to a connect's handshake). Writes complete synchronously while the socket
//! buffers ([`SOCKET_BUFFER`]) have room, as libuv's `uv_try_write` finds; beyond that they
//! wait for the reader. A reader gets at most [`READ_CHUNK`] bytes per callback, like
//! libuv's 64 KiB read buffer.
//!
//! Failures follow Linux: nothing listening → `ECONNREFUSED` after the round trip (this
//! machine's kernel answers a non-blocking loopback connect with `EINPROGRESS`, and the
//! refusal comes through epoll in the poll phase); a second listen on a port → `EADDRINUSE`;
//! writing after the peer closed → `EPIPE`; closing with unread bytes resets the peer
//! (`ECONNRESET`), otherwise the peer reads EOF. There is no network beyond loopback:
//! other addresses fail with `ENETUNREACH`.

use std::collections::{BTreeMap, HashMap, VecDeque};

/// Loop time one socket call (connect, write, shutdown, close) takes.
pub const SYSCALL_NS: u64 = 2_000;
/// Transfer cost per byte and direction (2 GB/s).
pub const NS_PER_BYTE_X2: u64 = 1;
/// Bytes a direction holds unread (the peer's receive buffer plus our send buffer) before
/// writes stop completing synchronously: 3,776 KiB of 64 KiB writes fit on this machine's
/// loopback when the reader is paused (Linux autotuning, tcp_wmem 4 MiB).
pub const SOCKET_BUFFER: usize = 3_900_000;
/// Bytes a read callback gets at most.
pub const READ_CHUNK: usize = 65_536;
/// First port handed out for `listen(0)`; connects take theirs from [`EPHEMERAL_CONNECT`].
const EPHEMERAL_LISTEN: u16 = 36_000;
const EPHEMERAL_CONNECT: u16 = 42_000;

/// Time to put `len` bytes on the wire.
fn wire_ns(len: usize) -> u64 {
    (len as u64).saturating_mul(NS_PER_BYTE_X2) / 2
}

/// What a handle became ready for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ready {
    /// The listener has a connection to accept; its server-side stream handle is `conn`.
    Connection {
        /// The accepted stream's handle.
        conn: u64,
    },
    /// A `connect` finished: `None` on success, else the error code.
    Connect {
        /// Error code (`ECONNREFUSED`, `ENETUNREACH`).
        status: Option<&'static str>,
    },
    /// Bytes, EOF or a reset may be read.
    Readable,
    /// A shutdown request runs (from libuv's pending queue): the FIN goes out now.
    Shutdown,
    /// An asynchronous write request finished (its bytes all fit into the buffers).
    Written {
        /// The request.
        req: u64,
    },
}

/// What one read returned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// Up to [`READ_CHUNK`] bytes.
    Data(Vec<u8>),
    /// The peer sent FIN and every byte has been read.
    Eof,
    /// The peer reset the connection.
    Reset,
    /// Nothing has arrived yet.
    Nothing,
}

/// A connected stream's end.
#[derive(Debug, Default)]
pub struct Conn {
    /// The other end's handle.
    pub peer: Option<u64>,
    /// (address, port) of this end.
    pub local: (String, u16),
    /// (address, port) of the other end.
    pub remote: (String, u16),
    /// 4 or 6.
    pub family: u8,
    /// A connect request is in flight.
    pub connecting: bool,
    /// `readStart` is in effect.
    pub reading: bool,
    /// Bytes on their way or waiting to be read: (arrival time, bytes).
    pub inbound: VecDeque<(u64, Vec<u8>)>,
    /// When the peer's FIN arrives.
    pub eof_at: Option<u64>,
    /// EOF was handed to JavaScript.
    pub eof_read: bool,
    /// When the peer's reset arrives.
    pub reset_at: Option<u64>,
    /// This direction's wire is busy until then.
    pub wire_free_at: u64,
    /// This end sent FIN.
    pub sent_fin: bool,
    /// A shutdown request waits for writability.
    pub shutdown_pending: bool,
    /// A `Readable` event is queued.
    pub read_queued: bool,
    /// Writes that did not fit: (request id, bytes still to send).
    pub queued: VecDeque<(u64, Vec<u8>)>,
    /// Bytes written / read so far.
    pub bytes_written: u64,
    /// Bytes read so far.
    pub bytes_read: u64,
}

/// What a handle is.
#[derive(Debug)]
pub enum Kind {
    /// Created, neither listening nor connected.
    Fresh,
    /// A listening socket.
    Listener {
        /// Bound address (`::`, `0.0.0.0`, `127.0.0.1`, `::1`).
        addr: String,
        /// Bound port.
        port: u16,
    },
    /// A connected (or connecting) stream.
    Stream(Conn),
}

/// One TCP handle.
#[derive(Debug)]
pub struct Handle {
    /// The isolate whose loop gets its readiness events (0: the main one).
    pub owner: u32,
    /// Whether it keeps the loop alive while active.
    pub refed: bool,
    /// Closed (its close callback may still be pending).
    pub closed: bool,
    /// What it is.
    pub kind: Kind,
}

/// A handle event for the trace: what changed on the network.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetChange {
    /// The handle.
    pub handle: u64,
    /// `connect`, `refused`, `accepted`, `data`, `fin`, `reset`.
    pub what: &'static str,
    /// Bytes involved.
    pub bytes: usize,
    /// When it reaches the other end (ns).
    pub due_ns: u64,
}

/// The run's network.
#[derive(Debug, Default)]
pub struct Net {
    /// Extra one-way latency (ns).
    pub latency_ns: u64,
    handles: HashMap<u64, Handle>,
    ports: HashMap<u16, u64>,
    events: BTreeMap<(u64, u64), (u64, Ready)>,
    seq: u64,
    next_listen: u16,
    next_connect: u16,
}

fn is_loopback(addr: &str) -> bool {
    addr == "127.0.0.1" || addr == "::1" || addr == "::ffff:127.0.0.1" || addr.starts_with("127.")
}

/// The family of a numeric address.
pub fn family_of(addr: &str) -> u8 {
    if addr.contains(':') {
        6
    } else {
        4
    }
}

impl Net {
    /// A network with `latency_ns` of extra one-way latency.
    pub fn new(latency_ns: u64) -> Self {
        Self {
            latency_ns,
            ..Self::default()
        }
    }

    /// Adds a fresh handle owned by isolate `owner`.
    pub fn create(&mut self, id: u64, owner: u32) {
        self.handles.insert(
            id,
            Handle {
                owner,
                refed: true,
                closed: false,
                kind: Kind::Fresh,
            },
        );
    }

    /// The handle, if it exists.
    pub fn handle(&self, id: u64) -> Option<&Handle> {
        self.handles.get(&id)
    }

    fn conn_mut(&mut self, id: u64) -> Option<&mut Conn> {
        match self.handles.get_mut(&id) {
            Some(Handle {
                kind: Kind::Stream(c),
                closed: false,
                ..
            }) => Some(c),
            _ => None,
        }
    }

    fn push(&mut self, due: u64, handle: u64, r: Ready) {
        self.seq += 1;
        self.events.insert((due, self.seq), (handle, r));
    }

    /// Binds and listens. Returns the port (an ephemeral one for 0) or the error code.
    pub fn listen(&mut self, id: u64, addr: &str, port: u16) -> Result<u16, &'static str> {
        let port = if port == 0 {
            loop {
                let p = EPHEMERAL_LISTEN + self.next_listen;
                self.next_listen = self.next_listen.wrapping_add(1) % 4000;
                if !self.ports.contains_key(&p) {
                    break p;
                }
            }
        } else {
            port
        };
        if self.ports.contains_key(&port) {
            return Err("EADDRINUSE");
        }
        let Some(h) = self.handles.get_mut(&id) else {
            return Err("EBADF");
        };
        h.kind = Kind::Listener {
            addr: addr.to_owned(),
            port,
        };
        self.ports.insert(port, id);
        Ok(port)
    }

    /// Starts connecting `id` to `addr:port`; `server_id` names the server-side stream if a
    /// listener accepts. Both ends become ready after the handshake.
    pub fn connect(
        &mut self,
        id: u64,
        server_id: u64,
        now: u64,
        addr: &str,
        port: u16,
    ) -> NetChange {
        let due = now + 2 * self.latency_ns;
        let family = family_of(addr);
        let local_port = EPHEMERAL_CONNECT + self.next_connect;
        self.next_connect = self.next_connect.wrapping_add(1) % 16_000;
        let local_addr = if family == 6 { "::1" } else { "127.0.0.1" }.to_owned();
        let listener = self.ports.get(&port).copied().filter(|l| {
            matches!(self.handles.get(l), Some(Handle { kind: Kind::Listener { addr: la, .. }, closed: false, .. })
                if la == "::" || la == "0.0.0.0" && family == 4 || la == addr || (is_loopback(la) && is_loopback(addr) && family_of(la) == family))
        });
        let refused = if !is_loopback(addr) {
            Some("ENETUNREACH")
        } else if listener.is_none() {
            Some("ECONNREFUSED")
        } else {
            None
        };
        let mut conn = Conn {
            local: (local_addr.clone(), local_port),
            remote: (addr.to_owned(), port),
            family,
            connecting: true,
            ..Conn::default()
        };
        if let (None, Some(l)) = (refused, listener) {
            let listen_addr = match self.handles.get(&l) {
                Some(Handle {
                    kind: Kind::Listener { addr, .. },
                    ..
                }) => addr.clone(),
                _ => String::new(),
            };
            // A dual-stack listener sees IPv4 peers as IPv4-mapped IPv6 addresses.
            let mapped = |a: &str| {
                if listen_addr == "::" && family == 4 {
                    format!("::ffff:{a}")
                } else {
                    a.to_owned()
                }
            };
            conn.peer = Some(server_id);
            let owner = self.handles.get(&l).map_or(0, |h| h.owner);
            self.handles.insert(
                server_id,
                Handle {
                    owner,
                    refed: true,
                    closed: false,
                    kind: Kind::Stream(Conn {
                        peer: Some(id),
                        local: (mapped(addr), port),
                        remote: (mapped(&local_addr), local_port),
                        family: if listen_addr == "::" { 6 } else { family },
                        ..Conn::default()
                    }),
                },
            );
            self.push(due, l, Ready::Connection { conn: server_id });
        }
        if let Some(h) = self.handles.get_mut(&id) {
            h.kind = Kind::Stream(conn);
        }
        self.push(due, id, Ready::Connect { status: refused });
        NetChange {
            handle: id,
            what: if refused.is_some() {
                "refused"
            } else {
                "connect"
            },
            bytes: 0,
            due_ns: due,
        }
    }

    /// Marks a connect as finished (at its delivery).
    pub fn connected(&mut self, id: u64) {
        if let Some(c) = self.conn_mut(id) {
            c.connecting = false;
        }
    }

    /// Sends bytes to the peer: completes synchronously (`Ok(None)`) while they fit into the
    /// socket buffers, else queues the rest as request `req` (`Ok(Some(req))`), which
    /// finishes ([`Ready::Written`]) once the peer has read enough.
    pub fn write(
        &mut self,
        id: u64,
        req: u64,
        now: u64,
        mut data: Vec<u8>,
    ) -> Result<(NetChange, Option<u64>), &'static str> {
        let len = data.len();
        let peer = {
            let Some(c) = self.conn_mut(id) else {
                return Err("EBADF");
            };
            if c.sent_fin {
                return Err("EPIPE");
            }
            c.peer
        };
        let Some(peer) = peer else {
            return Err("ENOTCONN");
        };
        let unread = match self.conn_mut(peer) {
            Some(p) => p.inbound.iter().map(|(_, b)| b.len()).sum::<usize>(),
            None => return Err("EPIPE"),
        };
        let has_queue = self.conn_mut(id).is_some_and(|c| !c.queued.is_empty());
        let room = if has_queue {
            0
        } else {
            SOCKET_BUFFER.saturating_sub(unread)
        };
        let rest = if data.len() > room {
            data.split_off(room)
        } else {
            Vec::new()
        };
        let arrive = self.send(id, peer, now, data);
        let pending = if rest.is_empty() {
            None
        } else if let Some(c) = self.conn_mut(id) {
            c.queued.push_back((req, rest));
            Some(req)
        } else {
            None
        };
        Ok((
            NetChange {
                handle: id,
                what: "data",
                bytes: len,
                due_ns: arrive,
            },
            pending,
        ))
    }

    /// Puts bytes on the wire from `id` to `peer`; returns their arrival time.
    fn send(&mut self, id: u64, peer: u64, now: u64, data: Vec<u8>) -> u64 {
        if data.is_empty() {
            return now;
        }
        let arrive = match self.conn_mut(id) {
            Some(c) => {
                let start = c.wire_free_at.max(now);
                c.wire_free_at = start + wire_ns(data.len());
                c.bytes_written += data.len() as u64;
                c.wire_free_at + self.latency_ns
            }
            None => return now,
        };
        if let Some(p) = self.conn_mut(peer) {
            p.inbound.push_back((arrive, data));
        }
        self.wake_reader(peer, arrive);
        arrive
    }

    /// After `reader` consumed bytes: moves its peer's queued writes into the freed room and
    /// reports the requests that finished.
    fn refill(&mut self, reader: u64, now: u64) {
        let (writer, unread) = match self.conn_mut(reader) {
            Some(c) => (
                c.peer,
                c.inbound.iter().map(|(_, b)| b.len()).sum::<usize>(),
            ),
            None => return,
        };
        let Some(writer) = writer else { return };
        let mut room = SOCKET_BUFFER.saturating_sub(unread);
        let mut done = Vec::new();
        let mut chunks = Vec::new();
        if let Some(w) = self.conn_mut(writer) {
            while room > 0 {
                let Some((req, bytes)) = w.queued.front_mut() else {
                    break;
                };
                let take = bytes.len().min(room);
                chunks.push(bytes.drain(..take).collect::<Vec<u8>>());
                room -= take;
                if bytes.is_empty() {
                    done.push(*req);
                    w.queued.pop_front();
                }
            }
        }
        for c in chunks {
            self.send(writer, reader, now, c);
        }
        for req in done {
            // The writer learns of the room when the peer's ACK arrives.
            self.push(now + self.latency_ns, writer, Ready::Written { req });
        }
    }

    /// Bytes this end has written that its peer has not read yet.
    pub fn in_flight(&self, id: u64) -> usize {
        let peer = match self.handles.get(&id) {
            Some(Handle {
                kind: Kind::Stream(c),
                ..
            }) => c.peer,
            _ => None,
        };
        match peer.and_then(|p| self.handles.get(&p)) {
            Some(Handle {
                kind: Kind::Stream(c),
                ..
            }) => c.inbound.iter().map(|(_, b)| b.len()).sum(),
            _ => 0,
        }
    }

    /// Queues a `Readable` event for `id` at `at` if it reads and none is queued.
    fn wake_reader(&mut self, id: u64, at: u64) {
        let queue = match self.conn_mut(id) {
            Some(c) if c.reading && !c.read_queued => {
                c.read_queued = true;
                true
            }
            _ => false,
        };
        if queue {
            self.push(at, id, Ready::Readable);
        }
    }

    /// When something is readable for `id`: the first byte's arrival, the FIN or the reset.
    fn next_readable(&self, id: u64) -> Option<u64> {
        match self.handles.get(&id) {
            Some(Handle {
                kind: Kind::Stream(c),
                closed: false,
                ..
            }) => {
                let first = c.inbound.front().map(|(t, _)| *t);
                let eof = c.eof_at.filter(|_| !c.eof_read && c.inbound.is_empty());
                [first, eof, c.reset_at].into_iter().flatten().min()
            }
            _ => None,
        }
    }

    /// `uv_read_start`.
    pub fn read_start(&mut self, id: u64, now: u64) {
        if let Some(c) = self.conn_mut(id) {
            c.reading = true;
        }
        if let Some(t) = self.next_readable(id) {
            self.wake_reader(id, t.max(now));
        }
    }

    /// `uv_read_stop`.
    pub fn read_stop(&mut self, id: u64) {
        if let Some(c) = self.conn_mut(id) {
            c.reading = false;
        }
    }

    /// Reads what has arrived by `now`.
    pub fn read(&mut self, id: u64, now: u64) -> Read {
        let Some(c) = self.conn_mut(id) else {
            return Read::Nothing;
        };
        if c.reset_at.is_some_and(|t| t <= now) {
            c.reset_at = None;
            c.eof_read = true;
            c.inbound.clear();
            return Read::Reset;
        }
        let mut out = Vec::new();
        while let Some((t, bytes)) = c.inbound.front_mut() {
            if *t > now || out.len() >= READ_CHUNK {
                break;
            }
            let room = READ_CHUNK - out.len();
            if bytes.len() <= room {
                out.append(bytes);
                c.inbound.pop_front();
            } else {
                out.extend(bytes.drain(..room));
            }
        }
        if !out.is_empty() {
            c.bytes_read += out.len() as u64;
            self.refill(id, now);
            return Read::Data(out);
        }
        if c.inbound.is_empty() && !c.eof_read && c.eof_at.is_some_and(|t| t <= now) {
            c.eof_read = true;
            return Read::Eof;
        }
        Read::Nothing
    }

    /// Whether another read at `now` would return something.
    pub fn readable_now(&self, id: u64, now: u64) -> bool {
        matches!(self.handles.get(&id), Some(Handle { kind: Kind::Stream(c), closed: false, .. }) if c.reading)
            && self.next_readable(id).is_some_and(|t| t <= now)
    }

    /// After a `Readable` delivery: re-arms for data that arrives later.
    pub fn rearm(&mut self, id: u64, now: u64) {
        if let Some(c) = self.conn_mut(id) {
            c.read_queued = false;
        }
        if let Some(t) = self.next_readable(id) {
            self.wake_reader(id, t.max(now));
        }
    }

    /// `uv_shutdown`: with nothing left to write, libuv feeds the handle to the pending
    /// queue (`uv__io_feed`); the caller queues [`Ready::Shutdown`] there and the FIN goes
    /// out when it runs ([`Net::send_fin`]).
    pub fn shutdown(&mut self, id: u64) -> bool {
        match self.conn_mut(id) {
            Some(c) if !c.sent_fin && !c.shutdown_pending => {
                c.shutdown_pending = true;
                true
            }
            _ => false,
        }
    }

    /// Sends this end's FIN (at the shutdown's delivery).
    pub fn send_fin(&mut self, id: u64, now: u64) -> Option<NetChange> {
        let (peer, at) = {
            let c = self.conn_mut(id)?;
            c.shutdown_pending = false;
            if c.sent_fin {
                return None;
            }
            c.sent_fin = true;
            (c.peer?, c.wire_free_at.max(now) + self.latency_ns)
        };
        let p = self.conn_mut(peer)?;
        p.eof_at.get_or_insert(at);
        self.wake_reader(peer, at);
        Some(NetChange {
            handle: id,
            what: "fin",
            bytes: 0,
            due_ns: at,
        })
    }

    /// Closes a handle: a listener frees its port; a stream's peer reads EOF, or a reset if
    /// this end leaves bytes unread.
    pub fn close(&mut self, id: u64, now: u64) -> Option<NetChange> {
        let h = self.handles.get_mut(&id)?;
        if h.closed {
            return None;
        }
        h.closed = true;
        match &mut h.kind {
            Kind::Listener { port, .. } => {
                let port = *port;
                if self.ports.get(&port) == Some(&id) {
                    self.ports.remove(&port);
                }
                None
            }
            Kind::Fresh => None,
            Kind::Stream(c) => {
                let unread = c.inbound.iter().any(|(t, b)| *t <= now && !b.is_empty());
                let peer = c.peer?;
                let at = c.wire_free_at.max(now) + self.latency_ns;
                let sent_fin = c.sent_fin;
                let p = self.conn_mut(peer)?;
                let what = if unread {
                    p.reset_at = Some(at);
                    "reset"
                } else if !sent_fin {
                    p.eof_at.get_or_insert(at);
                    "fin"
                } else {
                    return None;
                };
                self.wake_reader(peer, at);
                Some(NetChange {
                    handle: id,
                    what,
                    bytes: 0,
                    due_ns: at,
                })
            }
        }
    }

    /// Closes every handle of isolate `owner` (its process or thread ended).
    pub fn close_owned(&mut self, owner: u32, now: u64) {
        let ids: Vec<u64> = self
            .handles
            .iter()
            .filter(|(_, h)| h.owner == owner && !h.closed)
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            self.close(id, now);
        }
    }

    /// `uv_ref` / `uv_unref`.
    pub fn set_ref(&mut self, id: u64, refed: bool) {
        if let Some(h) = self.handles.get_mut(&id) {
            h.refed = refed;
        }
    }

    /// (address, port, family) of this end, or of the peer with `remote`.
    pub fn name(&self, id: u64, remote: bool) -> Option<(String, u16, u8)> {
        match &self.handles.get(&id)?.kind {
            Kind::Listener { addr, port } => Some((addr.clone(), *port, family_of(addr))),
            Kind::Stream(c) => {
                let (a, p) = if remote { &c.remote } else { &c.local };
                Some((a.clone(), *p, family_of(a)))
            }
            Kind::Fresh => None,
        }
    }

    /// (bytes read, bytes written) of a stream.
    pub fn counters(&self, id: u64) -> (u64, u64) {
        match self.handles.get(&id) {
            Some(Handle {
                kind: Kind::Stream(c),
                ..
            }) => (c.bytes_read, c.bytes_written),
            _ => (0, 0),
        }
    }

    /// Takes the events of isolate `owner`'s handles due by `now`, in readiness order,
    /// dropping those of closed handles and reads nobody waits for.
    pub fn take_due(&mut self, owner: u32, now: u64) -> Vec<(u64, u64, Ready)> {
        let keys: Vec<(u64, u64)> = self
            .events
            .range(..=(now, u64::MAX))
            .filter(|(_, (h, _))| self.handles.get(h).is_none_or(|h| h.owner == owner))
            .map(|(k, _)| *k)
            .collect();
        let mut out = Vec::new();
        for key in keys {
            let Some((handle, r)) = self.events.remove(&key) else {
                continue;
            };
            let due = key.0;
            let live = match self.handles.get_mut(&handle) {
                Some(h) if !h.closed => match (&mut h.kind, r) {
                    (Kind::Stream(c), Ready::Readable) => {
                        c.read_queued = false;
                        c.reading
                    }
                    _ => true,
                },
                _ => false,
            };
            if live {
                if r == Ready::Readable {
                    if let Some(c) = self.conn_mut(handle) {
                        c.read_queued = true;
                    }
                }
                out.push((due, handle, r));
            }
        }
        out
    }

    /// The earliest queued event of isolate `owner`'s handles.
    pub fn next_due(&self, owner: u32) -> Option<u64> {
        self.events
            .iter()
            .find(|(_, (h, _))| self.handles.get(h).is_none_or(|h| h.owner == owner))
            .map(|((t, _), _)| *t)
    }

    /// Whether a ref'd, active handle of isolate `owner` keeps its loop alive: a listener,
    /// a connecting or reading stream, or pending writes / shutdown.
    pub fn alive(&self, owner: u32) -> bool {
        self.handles.values().any(|h| {
            h.owner == owner
                && h.refed
                && !h.closed
                && match &h.kind {
                    Kind::Listener { .. } => true,
                    Kind::Stream(c) => {
                        c.connecting || c.reading || c.shutdown_pending || !c.queued.is_empty()
                    }
                    Kind::Fresh => false,
                }
        })
    }

    /// Hands a handle (an accepted connection) to another isolate, as node's cluster primary
    /// sends a connection's descriptor to a worker.
    pub fn transfer(&mut self, id: u64, owner: u32) {
        if let Some(h) = self.handles.get_mut(&id) {
            h.owner = owner;
        }
    }

    /// Number of open listeners (for the message when a run would wait forever).
    pub fn listeners(&self) -> usize {
        self.handles
            .values()
            .filter(|h| !h.closed && matches!(h.kind, Kind::Listener { .. }))
            .count()
    }

    /// Number of open streams.
    pub fn streams(&self) -> usize {
        self.handles
            .values()
            .filter(|h| !h.closed && matches!(h.kind, Kind::Stream(_)))
            .count()
    }

    /// (port, owner) of every open listener.
    pub fn listening_ports(&self) -> Vec<(u16, u32)> {
        self.handles
            .values()
            .filter_map(|h| match h.kind {
                Kind::Listener { port, .. } if !h.closed => Some((port, h.owner)),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_write_read_close() {
        let mut n = Net::default();
        n.create(1, 0);
        assert_eq!(n.listen(1, "::", 8000), Ok(8000));
        n.create(2, 0);
        assert_eq!(n.listen(2, "::", 8000), Err("EADDRINUSE"));
        n.create(3, 0);
        n.connect(3, 4, 0, "127.0.0.1", 8000);
        let due = n.take_due(0, 2 * n.latency_ns);
        assert_eq!(due.len(), 2);
        assert_eq!(due[0].2, Ready::Connection { conn: 4 });
        assert_eq!(due[1].2, Ready::Connect { status: None });
        n.connected(3);
        n.read_start(4, 100_000);
        let ch = n.write(3, 0, 100_000, b"hello".to_vec()).unwrap().0;
        assert!(ch.due_ns > 100_000);
        assert_eq!(n.in_flight(3), 5);
        assert_eq!(n.read(4, 100_000), Read::Nothing);
        let ev = n.take_due(0, ch.due_ns);
        assert_eq!(ev.len(), 1);
        assert_eq!(n.read(4, ch.due_ns), Read::Data(b"hello".to_vec()));
        n.rearm(4, ch.due_ns);
        assert!(n.close(3, ch.due_ns).is_some());
        let t = ch.due_ns + n.latency_ns;
        assert_eq!(n.take_due(0, t).len(), 1);
        assert_eq!(n.read(4, t), Read::Eof);
        assert_eq!(
            n.name(4, true).map(|x| x.0),
            Some("::ffff:127.0.0.1".into())
        );
    }

    #[test]
    fn refused_and_reset() {
        let mut n = Net::default();
        n.create(1, 0);
        let ch = n.connect(1, 2, 0, "127.0.0.1", 9);
        assert_eq!(ch.what, "refused");
        let ev = n.take_due(0, ch.due_ns);
        assert_eq!(
            ev[0].2,
            Ready::Connect {
                status: Some("ECONNREFUSED")
            }
        );
        // Closing with unread bytes resets the peer.
        n.create(10, 0);
        n.listen(10, "127.0.0.1", 80).unwrap();
        n.create(11, 0);
        n.connect(11, 12, 0, "127.0.0.1", 80);
        n.take_due(0, u64::MAX);
        n.read_start(11, 0);
        n.write(11, 0, 0, vec![1; 200_000]).unwrap();
        let late = 10_000_000;
        assert_eq!(n.close(12, late).map(|c| c.what), Some("reset"));
        n.take_due(0, u64::MAX);
        assert_eq!(n.read(11, u64::MAX), Read::Reset);
        assert!(n.write(11, 0, late, vec![1]).is_err());
    }

    #[test]
    fn big_writes_arrive_in_chunks() {
        let mut n = Net::default();
        n.create(1, 0);
        n.listen(1, "::", 1).unwrap();
        n.create(2, 0);
        n.connect(2, 3, 0, "::1", 1);
        n.take_due(0, u64::MAX);
        n.read_start(3, 0);
        let ch = n.write(2, 0, 0, vec![7; 150_000]).unwrap().0;
        let mut sizes = Vec::new();
        while let Read::Data(d) = n.read(3, ch.due_ns) {
            sizes.push(d.len());
        }
        assert_eq!(sizes, vec![65_536, 65_536, 18_928]);
    }

    #[test]
    fn writes_beyond_the_buffers_wait_for_the_reader() {
        let mut n = Net::default();
        n.create(1, 0);
        n.listen(1, "::", 1).unwrap();
        n.create(2, 0);
        n.connect(2, 3, 0, "127.0.0.1", 1);
        n.take_due(0, u64::MAX);
        let (_, pending) = n.write(2, 77, 0, vec![0; SOCKET_BUFFER + 10]).unwrap();
        assert_eq!(pending, Some(77));
        assert!(n.alive(0));
        n.read_start(3, 0);
        let t = 1_000_000_000;
        assert!(matches!(n.read(3, t), Read::Data(_)));
        let ev = n.take_due(0, t + n.latency_ns);
        assert!(ev.iter().any(|e| e.2 == Ready::Written { req: 77 }));
    }
}
