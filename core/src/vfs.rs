//! The in-memory virtual file system behind `fs`: an inode table of files, directories and
//! symbolic links with POSIX path resolution (symlinks followed as the kernel does, `..`
//! resolved physically, ELOOP after 40 hops), hard links with link counts, file descriptors,
//! permission bits, nanosecond times on the virtual clock, and errors shaped like libuv's
//! (`ENOENT: no such file or directory, open '/x'`, with errno/code/syscall/path/dest).
//! Seeded per run with the main script at its own path, `/tmp`, and a few sample files.

use std::collections::{BTreeMap, HashMap, VecDeque};

/// A libuv-style error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FsError {
    /// `ENOENT`, `EEXIST`, …
    pub code: &'static str,
    /// Negative errno as libuv reports it.
    pub errno: i32,
    /// The syscall name (`open`, `scandir`, …).
    pub syscall: &'static str,
    /// The path, when the syscall has one.
    pub path: Option<String>,
    /// The destination, for two-path syscalls.
    pub dest: Option<String>,
}

const ERRNOS: [(&str, i32, &str); 12] = [
    ("EPERM", -1, "operation not permitted"),
    ("ENOENT", -2, "no such file or directory"),
    ("EBADF", -9, "bad file descriptor"),
    ("EACCES", -13, "permission denied"),
    ("EEXIST", -17, "file already exists"),
    ("EXDEV", -18, "cross-device link not permitted"),
    ("ENOTDIR", -20, "not a directory"),
    ("EISDIR", -21, "illegal operation on a directory"),
    ("EINVAL", -22, "invalid argument"),
    ("EBUSY", -16, "resource busy or locked"),
    ("ENOTEMPTY", -39, "directory not empty"),
    ("ELOOP", -40, "too many symbolic links encountered"),
];

impl FsError {
    /// An error for `code` (one of libuv's names) from `syscall` on `path`.
    pub fn new(code: &'static str, syscall: &'static str, path: Option<&str>) -> Self {
        let errno = ERRNOS
            .iter()
            .find(|(c, _, _)| *c == code)
            .map_or(-1, |(_, n, _)| *n);
        Self {
            code,
            errno,
            syscall,
            path: path.map(str::to_owned),
            dest: None,
        }
    }

    fn with_dest(mut self, dest: &str) -> Self {
        self.dest = Some(dest.to_owned());
        self
    }

    /// Node's message: `ENOENT: no such file or directory, open '/x'`.
    pub fn message(&self) -> String {
        let text = ERRNOS
            .iter()
            .find(|(c, _, _)| *c == self.code)
            .map_or("unknown error", |(_, _, t)| *t);
        match (&self.path, &self.dest) {
            (Some(p), Some(d)) => format!("{}: {text}, {} '{p}' -> '{d}'", self.code, self.syscall),
            (Some(p), None) => format!("{}: {text}, {} '{p}'", self.code, self.syscall),
            _ => format!("{}: {text}, {}", self.code, self.syscall),
        }
    }
}

/// Result of a VFS operation.
pub type FsResult<T> = Result<T, FsError>;

#[derive(Debug, Clone)]
enum Kind {
    File(Vec<u8>),
    Dir(BTreeMap<String, u64>),
    /// A generated file, produced on first read (the large CSV for backpressure demos).
    Lazy(LazyFile),
    /// A symbolic link and its target, as written.
    Symlink(String),
}

/// Content generated on demand.
#[derive(Debug, Clone, Copy)]
pub enum LazyFile {
    /// `id,name,city,amount,timestamp` rows until at least `bytes` bytes.
    Csv {
        /// Minimum size in bytes.
        bytes: usize,
    },
}

impl LazyFile {
    fn generate(self) -> Vec<u8> {
        match self {
            LazyFile::Csv { bytes } => {
                const NAMES: [&str; 8] = [
                    "ada", "linus", "grace", "ken", "barbara", "dennis", "margaret", "guido",
                ];
                const CITIES: [&str; 6] = ["paris", "oslo", "lima", "tokyo", "accra", "quito"];
                let mut out = Vec::with_capacity(bytes + 64);
                out.extend_from_slice(b"id,name,city,amount,timestamp\n");
                let mut i: u64 = 0;
                while out.len() < bytes {
                    let line = format!(
                        "{i},{},{},{}.{:02},{}\n",
                        NAMES[(i % 8) as usize],
                        CITIES[(i % 6) as usize],
                        (i * 7919) % 10_000,
                        (i * 31) % 100,
                        1_704_067_200 + i * 13
                    );
                    out.extend_from_slice(line.as_bytes());
                    i += 1;
                }
                out
            }
        }
    }
}

#[derive(Debug, Clone)]
struct Node {
    kind: Kind,
    /// File type and permission bits.
    mode: u32,
    /// Hard links to this inode (directories count theirs from their subdirectories).
    links: u64,
    atime_ns: i64,
    mtime_ns: i64,
    ctime_ns: i64,
    birthtime_ns: i64,
}

/// What `stat` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stat {
    /// Inode number.
    pub ino: u64,
    /// File type and permission bits.
    pub mode: u32,
    /// Size in bytes.
    pub size: u64,
    /// Link count.
    pub nlink: u64,
    /// 512-byte blocks allocated (4 KiB granules, as on ext4).
    pub blocks: u64,
    /// Access time in ns since the epoch.
    pub atime_ns: i64,
    /// Modification time.
    pub mtime_ns: i64,
    /// Status change time.
    pub ctime_ns: i64,
    /// Creation time.
    pub birthtime_ns: i64,
}

/// The type of a directory entry, as libuv's `uv_dirent_type_t` numbers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryType {
    /// A regular file (1).
    File = 1,
    /// A directory (2).
    Dir = 2,
    /// A symbolic link (3).
    Link = 3,
}

struct OpenFile {
    ino: u64,
    path: String,
    readable: bool,
    writable: bool,
    append: bool,
    pos: u64,
}

/// Open flags, decoded from Node's string or numeric forms by the JavaScript layer.
#[derive(Debug, Clone, Copy, Default)]
pub struct OpenFlags {
    /// Reading allowed.
    pub read: bool,
    /// Writing allowed.
    pub write: bool,
    /// Create when missing.
    pub create: bool,
    /// Fail when it exists (with `create`).
    pub exclusive: bool,
    /// Truncate on open.
    pub truncate: bool,
    /// Writes go to the end.
    pub append: bool,
}

const S_IFMT: u32 = 0o170_000;
const S_IFREG: u32 = 0o100_000;
const S_IFDIR: u32 = 0o040_000;
const S_IFLNK: u32 = 0o120_000;
const UMASK: u32 = 0o022;
const MAX_HOPS: u32 = 40;

/// Where a path leads: the inode (None when only the last component is missing), the
/// directory holding the last component and its name, and the canonical path.
struct Walk {
    ino: Option<u64>,
    parent: u64,
    name: String,
    real: String,
}

/// The file system of one run.
pub struct Vfs {
    nodes: HashMap<u64, Node>,
    next_ino: u64,
    fds: HashMap<i32, OpenFile>,
    next_fd: i32,
    cwd: String,
}

fn split(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

/// Milliseconds on the clock to nanoseconds.
fn ns(ms: f64) -> i64 {
    (ms * 1e6).round() as i64
}

impl Vfs {
    /// An empty tree with `/`, `/tmp` and the working directory.
    pub fn new(cwd: &str, now_ms: f64) -> Self {
        let mut v = Self {
            nodes: HashMap::new(),
            next_ino: 2,
            fds: HashMap::new(),
            next_fd: 20,
            cwd: cwd.to_owned(),
        };
        v.nodes.insert(1, Node::dir(0o755, now_ms));
        for dir in ["/tmp", cwd] {
            let _ = v.mkdir(dir, true, 0o755, now_ms);
        }
        v
    }

    /// Adds the sample files every run starts with, in the working directory: `sample.txt`,
    /// `data.csv`, `data.json`, and `huge-file.csv` (24 MiB, generated on first read) for
    /// streaming and backpressure demos like the seed's.
    pub fn seed_samples(&mut self, now_ms: f64) {
        let cwd = self.cwd.clone();
        let files: [(&str, &str); 3] = [
            ("sample.txt", "Hello from loopscope's virtual file system.\nThis file lives in memory.\n"),
            ("data.csv", "id,name,score\n1,ada,92\n2,linus,87\n3,grace,95\n4,ken,78\n"),
            ("data.json", "{\n  \"name\": \"loopscope\",\n  \"version\": 1,\n  \"tags\": [\"event-loop\", \"libuv\", \"node\"]\n}\n"),
        ];
        for (name, text) in files {
            let _ = self.write_file(&format!("{cwd}/{name}"), text.as_bytes(), false, now_ms);
        }
        let _ = self.add_lazy(
            &format!("{cwd}/huge-file.csv"),
            LazyFile::Csv {
                bytes: 24 * 1024 * 1024,
            },
            now_ms,
        );
    }

    /// Normalizes `path` against the working directory, lexically (like `path.resolve`).
    pub fn resolve(&self, path: &str) -> String {
        let full = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("{}/{}", self.cwd, path)
        };
        let mut parts: Vec<&str> = Vec::new();
        for seg in split(&full) {
            match seg {
                "." => {}
                ".." => {
                    parts.pop();
                }
                s => parts.push(s),
            }
        }
        format!("/{}", parts.join("/"))
    }

    fn kind(&self, ino: u64) -> Option<&Kind> {
        self.nodes.get(&ino).map(|n| &n.kind)
    }

    fn is_dir(&self, ino: u64) -> bool {
        matches!(self.kind(ino), Some(Kind::Dir(_)))
    }

    /// Resolves `path` the way the kernel does: every symlink on the way is followed, the
    /// last one only with `follow_last`; `..` goes to the physical parent; a trailing slash
    /// requires a directory. Errors are bare codes (ENOENT, ENOTDIR, ELOOP).
    fn walk(&self, path: &str, follow_last: bool) -> Result<Walk, &'static str> {
        if path.is_empty() {
            return Err("ENOENT");
        }
        let full = if path.starts_with('/') {
            path.to_owned()
        } else {
            format!("{}/{}", self.cwd, path)
        };
        let mut queue: VecDeque<String> = split(&full).into_iter().map(str::to_owned).collect();
        if full.ends_with('/') && !queue.is_empty() {
            queue.push_back(".".into());
        }
        // (inode, name) from the root down.
        let mut stack: Vec<(u64, String)> = vec![(1, String::new())];
        let mut hops = 0;
        let mut parent = 1;
        let mut name = String::new();
        while let Some(comp) = queue.pop_front() {
            let cur = stack.last().map_or(1, |s| s.0);
            let Some(Kind::Dir(children)) = self.kind(cur) else {
                return Err("ENOTDIR");
            };
            match comp.as_str() {
                "." => continue,
                ".." => {
                    if stack.len() > 1 {
                        stack.pop();
                    }
                    continue;
                }
                _ => {}
            }
            let Some(&child) = children.get(&comp) else {
                if queue.is_empty() {
                    let real = real_path(&stack, Some(&comp));
                    return Ok(Walk {
                        ino: None,
                        parent: cur,
                        name: comp,
                        real,
                    });
                }
                return Err("ENOENT");
            };
            if let Some(Kind::Symlink(target)) = self.kind(child) {
                if !queue.is_empty() || follow_last {
                    hops += 1;
                    if hops > MAX_HOPS {
                        return Err("ELOOP");
                    }
                    if target.starts_with('/') {
                        stack.truncate(1);
                    }
                    let mut comps: Vec<String> =
                        split(target).into_iter().map(str::to_owned).collect();
                    if target.ends_with('/') {
                        comps.push(".".into());
                    }
                    for c in comps.into_iter().rev() {
                        queue.push_front(c);
                    }
                    continue;
                }
            }
            parent = cur;
            name.clone_from(&comp);
            stack.push((child, comp));
        }
        Ok(Walk {
            ino: stack.last().map(|s| s.0),
            parent,
            name,
            real: real_path(&stack, None),
        })
    }

    /// The inode `path` names, or `code`-shaped errors from `syscall`.
    fn find(&self, path: &str, follow: bool, syscall: &'static str) -> FsResult<u64> {
        match self.walk(path, follow) {
            Ok(Walk { ino: Some(i), .. }) => Ok(i),
            Ok(_) => Err(FsError::new("ENOENT", syscall, Some(path))),
            Err(code) => Err(FsError::new(code, syscall, Some(path))),
        }
    }

    fn children_mut(&mut self, ino: u64) -> Option<&mut BTreeMap<String, u64>> {
        match self.nodes.get_mut(&ino).map(|n| &mut n.kind) {
            Some(Kind::Dir(c)) => Some(c),
            _ => None,
        }
    }

    fn alloc(&mut self, node: Node) -> u64 {
        let ino = self.next_ino;
        self.next_ino += 1;
        self.nodes.insert(ino, node);
        ino
    }

    /// Links `ino` into directory `dir` as `name`.
    fn attach(&mut self, dir: u64, name: String, ino: u64, now_ms: f64) {
        if let Some(c) = self.children_mut(dir) {
            c.insert(name, ino);
        }
        self.touch(dir, now_ms);
    }

    /// Drops one link to `ino`, freeing it when nothing names or holds it any more.
    fn unref(&mut self, ino: u64) {
        let gone = match self.nodes.get_mut(&ino) {
            Some(n) => {
                n.links = n.links.saturating_sub(1);
                n.links == 0
            }
            None => false,
        };
        if gone && !self.fds.values().any(|f| f.ino == ino) {
            if let Some(Node {
                kind: Kind::Dir(children),
                ..
            }) = self.nodes.remove(&ino)
            {
                for child in children.into_values() {
                    self.unref(child);
                }
            }
        }
    }

    /// Whether `path` exists (following symlinks).
    pub fn exists(&self, path: &str) -> bool {
        matches!(self.walk(path, true), Ok(Walk { ino: Some(_), .. }))
    }

    /// `stat` (`follow`) or `lstat`.
    pub fn stat(&mut self, path: &str, follow: bool) -> FsResult<Stat> {
        let ino = self.find(path, follow, if follow { "stat" } else { "lstat" })?;
        self.materialize(ino);
        Ok(self.stat_ino(ino))
    }

    fn stat_ino(&self, ino: u64) -> Stat {
        let n = &self.nodes[&ino];
        let (size, nlink) = match &n.kind {
            Kind::File(d) => (d.len() as u64, n.links),
            Kind::Lazy(_) => (0, n.links),
            Kind::Symlink(t) => (t.len() as u64, n.links),
            Kind::Dir(c) => (
                4096,
                2 + c.values().filter(|i| self.is_dir(**i)).count() as u64,
            ),
        };
        let blocks = match n.kind {
            Kind::Symlink(_) => 0,
            _ => size.div_ceil(4096) * 8,
        };
        Stat {
            ino,
            mode: n.mode,
            size,
            nlink,
            blocks,
            atime_ns: n.atime_ns,
            mtime_ns: n.mtime_ns,
            ctime_ns: n.ctime_ns,
            birthtime_ns: n.birthtime_ns,
        }
    }

    fn fd_ino(&self, fd: i32, syscall: &'static str) -> FsResult<u64> {
        self.fds
            .get(&fd)
            .map(|f| f.ino)
            .ok_or_else(|| FsError::new("EBADF", syscall, None))
    }

    /// `fstat`.
    pub fn fstat(&self, fd: i32) -> FsResult<Stat> {
        Ok(self.stat_ino(self.fd_ino(fd, "fstat")?))
    }

    /// `fsync` / `fdatasync`: nothing to flush, but the descriptor must be open.
    pub fn fsync(&self, fd: i32, syscall: &'static str) -> FsResult<()> {
        self.fd_ino(fd, syscall).map(|_| ())
    }

    /// Writes a whole file (creating it), like `writeFile` with flag `w` / `a`.
    pub fn write_file(
        &mut self,
        path: &str,
        data: &[u8],
        append: bool,
        now_ms: f64,
    ) -> FsResult<()> {
        let flags = OpenFlags {
            write: true,
            create: true,
            truncate: !append,
            append,
            ..OpenFlags::default()
        };
        let fd = self.open(path, flags, 0o666, now_ms)?;
        let r = self.write(fd, data, None, now_ms);
        let _ = self.close(fd);
        r.map(|_| ())
    }

    /// Reads a whole file.
    pub fn read_file(&mut self, path: &str) -> FsResult<Vec<u8>> {
        let ino = self.find(path, true, "open")?;
        self.materialize(ino);
        match &self.nodes[&ino].kind {
            Kind::File(d) => Ok(d.clone()),
            _ => Err(FsError::new("EISDIR", "read", None)),
        }
    }

    /// Turns a generated file into a real one on first use.
    fn materialize(&mut self, ino: u64) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            if let Kind::Lazy(l) = n.kind {
                n.kind = Kind::File(l.generate());
            }
        }
    }

    /// Adds a generated file (created on first read).
    pub fn add_lazy(&mut self, path: &str, file: LazyFile, now_ms: f64) -> FsResult<()> {
        let w = self
            .walk(path, true)
            .map_err(|c| FsError::new(c, "open", Some(path)))?;
        let mut node = Node::file(0o644, now_ms);
        node.kind = Kind::Lazy(file);
        let ino = self.alloc(node);
        self.attach(w.parent, w.name, ino, now_ms);
        Ok(())
    }

    /// `open`. Returns a file descriptor.
    pub fn open(&mut self, path: &str, flags: OpenFlags, mode: u32, now_ms: f64) -> FsResult<i32> {
        let err = |code| FsError::new(code, "open", Some(path));
        // O_CREAT|O_EXCL does not follow a final symlink: an existing link is EEXIST.
        let w = self
            .walk(path, !(flags.create && flags.exclusive))
            .map_err(err)?;
        let ino = match w.ino {
            Some(ino) => {
                self.materialize(ino);
                if flags.create && flags.exclusive {
                    return Err(err("EEXIST"));
                }
                if self.is_dir(ino) && flags.write {
                    return Err(err("EISDIR"));
                }
                if flags.truncate {
                    if let Some(n) = self.nodes.get_mut(&ino) {
                        if let Kind::File(d) = &mut n.kind {
                            d.clear();
                            n.mtime_ns = ns(now_ms);
                            n.ctime_ns = ns(now_ms);
                        }
                    }
                }
                ino
            }
            None if flags.create => {
                if path.ends_with('/') {
                    return Err(err("EISDIR"));
                }
                let ino = self.alloc(Node::file(mode, now_ms));
                self.attach(w.parent, w.name, ino, now_ms);
                ino
            }
            None => return Err(err("ENOENT")),
        };
        let fd = self.next_fd;
        self.next_fd += 1;
        self.fds.insert(
            fd,
            OpenFile {
                ino,
                path: w.real,
                readable: flags.read,
                writable: flags.write,
                append: flags.append,
                pos: 0,
            },
        );
        Ok(fd)
    }

    /// `close`.
    pub fn close(&mut self, fd: i32) -> FsResult<()> {
        let f = self
            .fds
            .remove(&fd)
            .ok_or_else(|| FsError::new("EBADF", "close", None))?;
        // An unlinked file lives until its last descriptor closes.
        if self.nodes.get(&f.ino).is_some_and(|n| n.links == 0)
            && !self.fds.values().any(|o| o.ino == f.ino)
        {
            self.nodes.remove(&f.ino);
        }
        Ok(())
    }

    /// `read` up to `len` bytes at `position` (or the current position).
    pub fn read(&mut self, fd: i32, len: usize, position: Option<u64>) -> FsResult<Vec<u8>> {
        let f = self
            .fds
            .get_mut(&fd)
            .ok_or_else(|| FsError::new("EBADF", "read", None))?;
        if !f.readable {
            return Err(FsError::new("EBADF", "read", None));
        }
        let data = match self.nodes.get(&f.ino).map(|n| &n.kind) {
            Some(Kind::File(d)) => d,
            _ => return Err(FsError::new("EISDIR", "read", None)),
        };
        let start = position.unwrap_or(f.pos) as usize;
        let end = start.saturating_add(len).min(data.len());
        let out = if start < end {
            data[start..end].to_vec()
        } else {
            Vec::new()
        };
        if position.is_none() {
            f.pos = end.max(start) as u64;
        }
        Ok(out)
    }

    /// `write` at `position` (or the current position / the end in append mode).
    pub fn write(
        &mut self,
        fd: i32,
        bytes: &[u8],
        position: Option<u64>,
        now_ms: f64,
    ) -> FsResult<usize> {
        let f = self
            .fds
            .get_mut(&fd)
            .ok_or_else(|| FsError::new("EBADF", "write", None))?;
        if !f.writable {
            return Err(FsError::new("EBADF", "write", None));
        }
        let ino = f.ino;
        let Some(node) = self.nodes.get_mut(&ino) else {
            return Err(FsError::new("EBADF", "write", None));
        };
        let Kind::File(data) = &mut node.kind else {
            return Err(FsError::new("EISDIR", "write", None));
        };
        let start = if f.append {
            data.len()
        } else {
            position.unwrap_or(f.pos) as usize
        };
        if data.len() < start + bytes.len() {
            data.resize(start + bytes.len(), 0);
        }
        data[start..start + bytes.len()].copy_from_slice(bytes);
        if position.is_none() || f.append {
            f.pos = (start + bytes.len()) as u64;
        }
        node.mtime_ns = ns(now_ms);
        node.ctime_ns = ns(now_ms);
        Ok(bytes.len())
    }

    fn touch(&mut self, ino: u64, now_ms: f64) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.mtime_ns = ns(now_ms);
            n.ctime_ns = ns(now_ms);
        }
    }

    fn changed(&mut self, ino: u64, now_ms: f64) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.ctime_ns = ns(now_ms);
        }
    }

    /// `mkdir`; with `recursive`, returns the first directory created (node's MKDirp: an
    /// existing directory, or a symlink to one, is fine; a file is EEXIST at the end of the
    /// path and ENOTDIR before it).
    pub fn mkdir(
        &mut self,
        path: &str,
        recursive: bool,
        mode: u32,
        now_ms: f64,
    ) -> FsResult<Option<String>> {
        let err = |code| FsError::new(code, "mkdir", Some(path));
        if !recursive {
            let w = self.walk(path, false).map_err(err)?;
            if w.ino.is_some() {
                return Err(err("EEXIST"));
            }
            let ino = self.alloc(Node::dir(mode, now_ms));
            self.attach(w.parent, w.name, ino, now_ms);
            return Ok(None);
        }
        let full = self.resolve(path);
        let segs = split(&full);
        let mut first = None;
        let mut sofar = String::new();
        for (i, seg) in segs.iter().enumerate() {
            sofar.push('/');
            sofar.push_str(seg);
            let w = self.walk(&sofar, true).map_err(err)?;
            match w.ino {
                Some(ino) if self.is_dir(ino) => {}
                Some(_) if i + 1 == segs.len() => return Err(err("EEXIST")),
                Some(_) => return Err(err("ENOTDIR")),
                None => {
                    let ino = self.alloc(Node::dir(mode, now_ms));
                    self.attach(w.parent, w.name, ino, now_ms);
                    first.get_or_insert_with(|| sofar.clone());
                }
            }
        }
        Ok(first)
    }

    /// `readdir`: names (sorted) and entry types.
    pub fn readdir(&self, path: &str) -> FsResult<Vec<(String, EntryType)>> {
        let ino = self.find(path, true, "scandir")?;
        match self.kind(ino) {
            Some(Kind::Dir(c)) => Ok(c
                .iter()
                .map(|(n, i)| {
                    let t = match self.kind(*i) {
                        Some(Kind::Dir(_)) => EntryType::Dir,
                        Some(Kind::Symlink(_)) => EntryType::Link,
                        _ => EntryType::File,
                    };
                    (n.clone(), t)
                })
                .collect()),
            _ => Err(FsError::new("ENOTDIR", "scandir", Some(path))),
        }
    }

    /// `unlink` (files and links) / `rmdir` (empty directories) / `rm` (recursive, force).
    /// None of them follows a final symlink: removing a link removes the link.
    pub fn remove(
        &mut self,
        path: &str,
        kind: &str,
        recursive: bool,
        force: bool,
        now_ms: f64,
    ) -> FsResult<()> {
        let syscall: &'static str = match kind {
            "unlink" => "unlink",
            "rmdir" => "rmdir",
            _ => "rm",
        };
        // rm checks the path with lstat first, as node's rimraf does.
        let shown = if kind == "rm" { "lstat" } else { syscall };
        let w = match self.walk(path, false) {
            Ok(w) => w,
            Err(code) => return Err(FsError::new(code, shown, Some(path))),
        };
        let Some(ino) = w.ino else {
            if force {
                return Ok(());
            }
            return Err(FsError::new("ENOENT", shown, Some(path)));
        };
        if ino == 1 || w.name.is_empty() {
            return Err(FsError::new("EBUSY", syscall, Some(path)));
        }
        let is_dir = self.is_dir(ino);
        match (kind, is_dir) {
            ("unlink", true) => return Err(FsError::new("EISDIR", "unlink", Some(path))),
            ("rmdir", false) => return Err(FsError::new("ENOTDIR", "rmdir", Some(path))),
            ("rmdir", true) => {
                if let Some(Kind::Dir(c)) = self.kind(ino) {
                    if !c.is_empty() {
                        return Err(FsError::new("ENOTEMPTY", "rmdir", Some(path)));
                    }
                }
            }
            ("rm", true) if !recursive => {
                let mut e = FsError::new("ERR_FS_EISDIR", "rm", Some(path));
                e.errno = -21;
                return Err(e);
            }
            _ => {}
        }
        if let Some(c) = self.children_mut(w.parent) {
            c.remove(&w.name);
        }
        self.touch(w.parent, now_ms);
        self.changed(ino, now_ms);
        self.unref(ino);
        Ok(())
    }

    /// `rename` (neither path's final symlink is followed).
    pub fn rename(&mut self, from: &str, to: &str, now_ms: f64) -> FsResult<()> {
        let err = |code| FsError::new(code, "rename", Some(from)).with_dest(to);
        let src = self.walk(from, false).map_err(err)?;
        let ino = src.ino.ok_or_else(|| err("ENOENT"))?;
        let dst = self.walk(to, false).map_err(err)?;
        if src.name.is_empty() || dst.name.is_empty() {
            return Err(err("EBUSY"));
        }
        if let Some(existing) = dst.ino {
            if existing == ino {
                return Ok(());
            }
            match (self.kind(existing), self.is_dir(ino)) {
                (Some(Kind::Dir(c)), true) if !c.is_empty() => return Err(err("ENOTEMPTY")),
                (Some(Kind::Dir(_)), false) => return Err(err("EISDIR")),
                (Some(k), true) if !matches!(k, Kind::Dir(_)) => return Err(err("ENOTDIR")),
                _ => {}
            }
        }
        if self.is_dir(ino) && (dst.real + "/").starts_with(&(src.real + "/")) {
            return Err(err("EINVAL"));
        }
        if let Some(c) = self.children_mut(src.parent) {
            c.remove(&src.name);
        }
        let replaced = self
            .children_mut(dst.parent)
            .and_then(|c| c.insert(dst.name, ino));
        self.touch(src.parent, now_ms);
        self.touch(dst.parent, now_ms);
        self.changed(ino, now_ms);
        if let Some(old) = replaced {
            self.unref(old);
        }
        Ok(())
    }

    /// `copyfile`: the content and the permission bits of `src` (symlinks followed).
    pub fn copy_file(
        &mut self,
        src: &str,
        dst: &str,
        exclusive: bool,
        now_ms: f64,
    ) -> FsResult<()> {
        let err = |code| FsError::new(code, "copyfile", Some(src)).with_dest(dst);
        let ino = self.find(src, true, "copyfile").map_err(|e| err(e.code))?;
        self.materialize(ino);
        let (data, mode) = match &self.nodes[&ino] {
            Node {
                kind: Kind::File(d),
                mode,
                ..
            } => (d.clone(), *mode),
            _ => return Err(err("EISDIR")),
        };
        let flags = OpenFlags {
            write: true,
            create: true,
            truncate: true,
            exclusive,
            ..OpenFlags::default()
        };
        let fd = self
            .open(dst, flags, mode, now_ms)
            .map_err(|e| err(e.code))?;
        let r = self.write(fd, &data, None, now_ms);
        if let Some(n) = self.fds.get(&fd).and_then(|f| self.nodes.get_mut(&f.ino)) {
            n.mode = S_IFREG | (mode & 0o7777);
        }
        let _ = self.close(fd);
        r.map(|_| ()).map_err(|e| err(e.code))
    }

    /// `symlink`: `path` becomes a link to `target` (stored as written, not checked).
    pub fn symlink(&mut self, target: &str, path: &str, now_ms: f64) -> FsResult<()> {
        let err = |code| FsError::new(code, "symlink", Some(target)).with_dest(path);
        let w = self.walk(path, false).map_err(err)?;
        if w.ino.is_some() {
            return Err(err("EEXIST"));
        }
        let ino = self.alloc(Node {
            kind: Kind::Symlink(target.to_owned()),
            mode: S_IFLNK | 0o777,
            ..Node::file(0, now_ms)
        });
        self.attach(w.parent, w.name, ino, now_ms);
        Ok(())
    }

    /// `readlink`: the target of a symlink, as written.
    pub fn readlink(&self, path: &str) -> FsResult<String> {
        let ino = self.find(path, false, "readlink")?;
        match self.kind(ino) {
            Some(Kind::Symlink(t)) => Ok(t.clone()),
            _ => Err(FsError::new("EINVAL", "readlink", Some(path))),
        }
    }

    /// `link`: a second name for a file (or for a symlink itself, as Linux does).
    pub fn link(&mut self, existing: &str, new: &str, now_ms: f64) -> FsResult<()> {
        let err = |code| FsError::new(code, "link", Some(existing)).with_dest(new);
        let src = self.walk(existing, false).map_err(err)?;
        let ino = src.ino.ok_or_else(|| err("ENOENT"))?;
        if self.is_dir(ino) {
            return Err(err("EPERM"));
        }
        let dst = self.walk(new, false).map_err(err)?;
        if dst.ino.is_some() {
            return Err(err("EEXIST"));
        }
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.links += 1;
        }
        self.changed(ino, now_ms);
        self.attach(dst.parent, dst.name, ino, now_ms);
        Ok(())
    }

    /// `ftruncate`: cut or zero-extend the file open on `fd` (which must be writable).
    pub fn ftruncate(&mut self, fd: i32, len: u64, now_ms: f64) -> FsResult<()> {
        let f = self
            .fds
            .get(&fd)
            .ok_or_else(|| FsError::new("EBADF", "ftruncate", None))?;
        let writable = f.writable;
        let Some(n) = self.nodes.get_mut(&f.ino) else {
            return Err(FsError::new("EBADF", "ftruncate", None));
        };
        match &mut n.kind {
            Kind::File(d) if writable => d.resize(len as usize, 0),
            _ => return Err(FsError::new("EINVAL", "ftruncate", None)),
        }
        n.mtime_ns = ns(now_ms);
        n.ctime_ns = ns(now_ms);
        Ok(())
    }

    fn set_times(&mut self, ino: u64, atime_s: f64, mtime_s: f64, now_ms: f64) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.atime_ns = timespec_ns(atime_s);
            n.mtime_ns = timespec_ns(mtime_s);
            n.ctime_ns = ns(now_ms);
        }
    }

    /// `utime` (follows symlinks) / `lutime` (changes the link itself); times in seconds.
    pub fn utimes(
        &mut self,
        path: &str,
        atime_s: f64,
        mtime_s: f64,
        follow: bool,
        now_ms: f64,
    ) -> FsResult<()> {
        let ino = self.find(path, follow, if follow { "utime" } else { "lutime" })?;
        self.set_times(ino, atime_s, mtime_s, now_ms);
        Ok(())
    }

    /// `futime`.
    pub fn futimes(&mut self, fd: i32, atime_s: f64, mtime_s: f64, now_ms: f64) -> FsResult<()> {
        let ino = self.fd_ino(fd, "futime")?;
        self.set_times(ino, atime_s, mtime_s, now_ms);
        Ok(())
    }

    fn set_mode(&mut self, ino: u64, mode: u32, now_ms: f64) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.mode = (n.mode & S_IFMT) | (mode & 0o7777);
            n.ctime_ns = ns(now_ms);
        }
    }

    /// `chmod` (follows symlinks).
    pub fn chmod(&mut self, path: &str, mode: u32, now_ms: f64) -> FsResult<()> {
        let ino = self.find(path, true, "chmod")?;
        self.set_mode(ino, mode, now_ms);
        Ok(())
    }

    /// `fchmod`.
    pub fn fchmod(&mut self, fd: i32, mode: u32, now_ms: f64) -> FsResult<()> {
        let ino = self.fd_ino(fd, "fchmod")?;
        self.set_mode(ino, mode, now_ms);
        Ok(())
    }

    /// `chown` / `lchown` (`follow` false) / `fchown` (`fd`): the run's user (uid and gid 1000)
    /// owns every file and, not being root, may only "change" it to itself (-1 keeps a value).
    pub fn chown(
        &self,
        target: Result<&str, i32>,
        uid: i64,
        gid: i64,
        follow: bool,
    ) -> FsResult<()> {
        let syscall = match (target, follow) {
            (Err(_), _) => "fchown",
            (Ok(_), true) => "chown",
            (Ok(_), false) => "lchown",
        };
        let shown = match target {
            Ok(path) => {
                self.find(path, follow, syscall)?;
                Some(path)
            }
            Err(fd) => {
                self.fd_ino(fd, syscall)?;
                None
            }
        };
        let own = |id: i64| id == -1 || id == 1000;
        if own(uid) && own(gid) {
            Ok(())
        } else {
            Err(FsError::new("EPERM", syscall, shown))
        }
    }

    /// `access` with `R_OK|W_OK|X_OK` bits, checked against the owner's permission bits (the
    /// run's user owns every file).
    pub fn access(&self, path: &str, mode: u32) -> FsResult<()> {
        let ino = self.find(path, true, "access")?;
        let owner = (self.nodes[&ino].mode >> 6) & 7;
        if mode & 7 & !owner != 0 {
            return Err(FsError::new("EACCES", "access", Some(path)));
        }
        Ok(())
    }

    /// `realpath` (libuv's, i.e. the kernel's): the canonical path, symlinks resolved.
    pub fn realpath(&self, path: &str) -> FsResult<String> {
        match self.walk(path, true) {
            Ok(Walk {
                ino: Some(_), real, ..
            }) => Ok(real),
            Ok(_) => Err(FsError::new("ENOENT", "realpath", Some(path))),
            Err(code) => Err(FsError::new(code, "realpath", Some(path))),
        }
    }

    /// The canonical path of the file open on `fd`.
    pub fn fd_path(&self, fd: i32) -> Option<&str> {
        self.fds.get(&fd).map(|f| f.path.as_str())
    }
}

/// libuv's `uv__fs_to_timespec`: whole seconds, then the fraction truncated to microseconds.
fn timespec_ns(time_s: f64) -> i64 {
    let sec = time_s.trunc();
    let mut nsec = ((time_s - sec) * 1e9) as i64;
    nsec -= nsec % 1000;
    sec as i64 * 1_000_000_000 + nsec
}

/// `/a/b` from the (inode, name) stack, plus an optional last name.
fn real_path(stack: &[(u64, String)], extra: Option<&str>) -> String {
    let mut out = String::new();
    for (_, name) in stack.iter().skip(1) {
        out.push('/');
        out.push_str(name);
    }
    if let Some(e) = extra {
        out.push('/');
        out.push_str(e);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

impl Node {
    fn dir(mode: u32, now_ms: f64) -> Self {
        Self {
            kind: Kind::Dir(BTreeMap::new()),
            mode: S_IFDIR | (mode & 0o7777 & !UMASK),
            ..Self::file(0, now_ms)
        }
    }

    fn file(mode: u32, now_ms: f64) -> Self {
        let t = ns(now_ms);
        Self {
            kind: Kind::File(Vec::new()),
            mode: S_IFREG | (mode & 0o7777 & !UMASK),
            links: 1,
            mtime_ns: t,
            ctime_ns: t,
            birthtime_ns: t,
            atime_ns: t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_dirs_and_errors_like_libuv() {
        let mut v = Vfs::new("/home/u", 0.0);
        v.write_file("a.txt", b"hello", false, 1.0).expect("write");
        assert_eq!(v.read_file("/home/u/a.txt").expect("read"), b"hello");
        v.write_file("a.txt", b" world", true, 2.0).expect("append");
        assert_eq!(v.read_file("a.txt").expect("read"), b"hello world");
        assert_eq!(v.stat("a.txt", true).expect("stat").size, 11);
        let e = v.read_file("/nope/x").expect_err("missing");
        assert_eq!(
            e.message(),
            "ENOENT: no such file or directory, open '/nope/x'"
        );
        assert_eq!(e.errno, -2);
        assert_eq!(
            v.mkdir("/tmp", false, 0o777, 0.0)
                .expect_err("exists")
                .message(),
            "EEXIST: file already exists, mkdir '/tmp'"
        );
        assert_eq!(
            v.mkdir("/x/y/z", true, 0o777, 0.0).expect("mkdir -p"),
            Some("/x".into())
        );
        assert_eq!(
            v.remove("/x", "rmdir", false, false, 0.0)
                .expect_err("not empty")
                .code,
            "ENOTEMPTY"
        );
        v.remove("/x", "rm", true, false, 0.0).expect("rm -r");
        assert!(!v.exists("/x/y"));
        let r = v.rename("/nope/a", "/nope/b", 0.0).expect_err("rename");
        assert_eq!(
            r.message(),
            "ENOENT: no such file or directory, rename '/nope/a' -> '/nope/b'"
        );
        assert_eq!(
            v.readdir("/home/u").expect("readdir"),
            vec![("a.txt".into(), EntryType::File)]
        );
    }

    #[test]
    fn descriptors_read_and_write_at_positions() {
        let mut v = Vfs::new("/", 0.0);
        let rw = OpenFlags {
            read: true,
            write: true,
            create: true,
            ..OpenFlags::default()
        };
        let fd = v.open("/f", rw, 0o644, 0.0).expect("open");
        v.write(fd, b"abcdef", None, 0.0).expect("write");
        assert_eq!(v.read(fd, 3, Some(1)).expect("pread"), b"bcd");
        v.close(fd).expect("close");
        assert_eq!(v.close(fd).expect_err("closed").code, "EBADF");
    }

    #[test]
    fn symlinks_resolve_like_the_kernel() {
        let mut v = Vfs::new("/", 0.0);
        v.mkdir("/a/b", true, 0o777, 0.0).expect("mkdir");
        v.write_file("/a/b/f", b"deep", false, 0.0).expect("write");
        v.symlink("a/b", "/lb", 0.0).expect("relative dir link");
        v.symlink("../lb/f", "/a/lf", 0.0).expect("chained link");
        assert_eq!(v.read_file("/a/lf").expect("through two links"), b"deep");
        assert_eq!(v.realpath("/lb/../b/f").expect("physical .."), "/a/b/f");
        assert_eq!(
            v.realpath("/lb/../lb/nope").expect_err("missing").code,
            "ENOENT"
        );
        assert_eq!(v.realpath("/lb/../b").expect("physical .."), "/a/b");
        assert!(v.stat("/lb", false).expect("lstat").mode & S_IFMT == S_IFLNK);
        assert!(v.stat("/lb", true).expect("stat").mode & S_IFMT == S_IFDIR);
        v.symlink("loop", "/loop", 0.0).expect("self link");
        assert_eq!(v.stat("/loop", true).expect_err("loop").code, "ELOOP");
        assert_eq!(v.stat("/a/b/f/", true).expect_err("slash").code, "ENOTDIR");
        // writing through a dangling link creates its target
        v.symlink("/a/new", "/dangling", 0.0).expect("dangling");
        v.write_file("/dangling", b"x", false, 0.0)
            .expect("create via link");
        assert_eq!(v.read_file("/a/new").expect("target"), b"x");
        // removing a link keeps the target; rm -r does not follow links
        v.remove("/lb", "unlink", false, false, 0.0)
            .expect("unlink link");
        assert!(v.exists("/a/b/f"));
        v.symlink("/a", "/a/b/up", 0.0).expect("link to ancestor");
        v.remove("/a/b", "rm", true, false, 0.0).expect("rm -r");
        assert!(v.exists("/a/new"));
    }

    #[test]
    fn hard_links_share_an_inode_until_the_last_goes() {
        let mut v = Vfs::new("/", 0.0);
        v.write_file("/f", b"one", false, 0.0).expect("write");
        v.link("/f", "/g", 1.0).expect("link");
        assert_eq!(v.stat("/g", true).expect("stat").nlink, 2);
        assert_eq!(v.link("/f", "/g", 1.0).expect_err("exists").code, "EEXIST");
        assert_eq!(v.link("/", "/d", 1.0).expect_err("dir").code, "EPERM");
        v.write_file("/g", b"two", false, 2.0).expect("write via g");
        assert_eq!(v.read_file("/f").expect("read f"), b"two");
        v.remove("/f", "unlink", false, false, 3.0).expect("unlink");
        let st = v.stat("/g", true).expect("stat");
        assert_eq!((st.nlink, st.size), (1, 3));
        let fd = v
            .open(
                "/g",
                OpenFlags {
                    read: true,
                    ..OpenFlags::default()
                },
                0,
                4.0,
            )
            .expect("open");
        v.remove("/g", "unlink", false, false, 4.0)
            .expect("unlink last");
        assert_eq!(v.read(fd, 10, Some(0)).expect("still readable"), b"two");
        v.close(fd).expect("close");
        assert!(v.nodes.len() <= 3, "freed inode");
    }

    #[test]
    fn times_modes_and_truncation() {
        let mut v = Vfs::new("/", 0.0);
        v.write_file("/f", b"abcdef", false, 0.0).expect("write");
        v.utimes("/f", 1.0004, 1.0006, true, 5.0).expect("utimes");
        let st = v.stat("/f", true).expect("stat");
        assert_eq!((st.atime_ns, st.mtime_ns), (1_000_399_000, 1_000_599_000));
        v.chmod("/f", 0o4750, 6.0).expect("chmod");
        assert_eq!(v.stat("/f", true).expect("stat").mode, S_IFREG | 0o4750);
        assert_eq!(v.access("/f", 1).map_err(|e| e.code), Ok(()));
        v.chmod("/f", 0o644, 6.0).expect("chmod");
        assert_eq!(v.access("/f", 1).expect_err("no x").code, "EACCES");
        let rw = OpenFlags {
            read: true,
            write: true,
            ..OpenFlags::default()
        };
        let fd = v.open("/f", rw, 0, 7.0).expect("open");
        v.ftruncate(fd, 2, 7.0).expect("shrink");
        v.ftruncate(fd, 4, 7.0).expect("grow");
        assert_eq!(v.read_file("/f").expect("read"), b"ab\0\0");
        let ro = v
            .open(
                "/f",
                OpenFlags {
                    read: true,
                    ..OpenFlags::default()
                },
                0,
                7.0,
            )
            .expect("open ro");
        assert_eq!(
            v.ftruncate(ro, 0, 7.0).expect_err("read-only").code,
            "EINVAL"
        );
    }
}
