//! The in-memory virtual file system behind `fs`: directories and files with POSIX path
//! resolution, file descriptors, metadata on the virtual clock, and errors shaped like libuv's
//! (`ENOENT: no such file or directory, open '/x'`, with errno/code/syscall/path/dest).
//! Seeded per run with the main script at its own path, `/tmp`, and a few sample files.

use std::collections::{BTreeMap, HashMap};

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

impl FsError {
    fn new(code: &'static str, syscall: &'static str, path: Option<&str>) -> Self {
        let errno = match code {
            "EPERM" => -1,
            "ENOENT" => -2,
            "EBADF" => -9,
            "EACCES" => -13,
            "EEXIST" => -17,
            "ENOTDIR" => -20,
            "EISDIR" => -21,
            "EINVAL" => -22,
            "ENOTEMPTY" => -39,
            _ => -1,
        };
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
        let text = match self.code {
            "EPERM" => "operation not permitted",
            "ENOENT" => "no such file or directory",
            "EBADF" => "bad file descriptor",
            "EACCES" => "permission denied",
            "EEXIST" => "file already exists",
            "ENOTDIR" => "not a directory",
            "EISDIR" => "illegal operation on a directory",
            "EINVAL" => "invalid argument",
            "ENOTEMPTY" => "directory not empty",
            _ => "unknown error",
        };
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
    mode: u32,
    mtime_ms: f64,
    ctime_ms: f64,
    birthtime_ms: f64,
    atime_ms: f64,
}

/// What `stat` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Stat {
    /// Inode number.
    pub ino: u64,
    /// File type and permission bits.
    pub mode: u32,
    /// Size in bytes.
    pub size: u64,
    /// Times in ms since the epoch.
    pub atime_ms: f64,
    /// Modification time.
    pub mtime_ms: f64,
    /// Status change time.
    pub ctime_ms: f64,
    /// Creation time.
    pub birthtime_ms: f64,
    /// Link count.
    pub nlink: u64,
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

const S_IFREG: u32 = 0o100_000;
const S_IFDIR: u32 = 0o040_000;

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
        v.nodes.insert(1, Node::dir(now_ms));
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

    /// Normalizes `path` against the working directory.
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

    fn lookup(&self, path: &str, syscall: &'static str, shown: &str) -> FsResult<u64> {
        let mut ino = 1;
        for seg in split(&self.resolve(path)) {
            match self.nodes.get(&ino).map(|n| &n.kind) {
                Some(Kind::Dir(children)) => match children.get(seg) {
                    Some(c) => ino = *c,
                    None => return Err(FsError::new("ENOENT", syscall, Some(shown))),
                },
                _ => return Err(FsError::new("ENOTDIR", syscall, Some(shown))),
            }
        }
        Ok(ino)
    }

    /// Parent directory inode and the last name of `path`.
    fn parent(&self, path: &str, syscall: &'static str) -> FsResult<(u64, String)> {
        let full = self.resolve(path);
        let (dir, name) = full.rsplit_once('/').unwrap_or(("", full.as_str()));
        let dir = if dir.is_empty() { "/" } else { dir };
        let ino = self.lookup(dir, syscall, path)?;
        match self.nodes.get(&ino).map(|n| &n.kind) {
            Some(Kind::Dir(_)) => Ok((ino, name.to_owned())),
            _ => Err(FsError::new("ENOTDIR", syscall, Some(path))),
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

    /// Whether `path` exists.
    pub fn exists(&self, path: &str) -> bool {
        self.lookup(path, "access", path).is_ok()
    }

    /// `stat`.
    pub fn stat(&mut self, path: &str, syscall: &'static str) -> FsResult<Stat> {
        let ino = self.lookup(path, syscall, path)?;
        self.materialize(ino);
        Ok(self.stat_ino(ino))
    }

    fn stat_ino(&self, ino: u64) -> Stat {
        let n = &self.nodes[&ino];
        let (size, nlink) = match &n.kind {
            Kind::File(d) => (d.len() as u64, 1),
            Kind::Lazy(_) => (0, 1),
            Kind::Dir(c) => (4096, 2 + c.len() as u64),
        };
        Stat {
            ino,
            mode: n.mode,
            size,
            atime_ms: n.atime_ms,
            mtime_ms: n.mtime_ms,
            ctime_ms: n.ctime_ms,
            birthtime_ms: n.birthtime_ms,
            nlink,
        }
    }

    /// `fstat`.
    pub fn fstat(&self, fd: i32) -> FsResult<Stat> {
        let f = self
            .fds
            .get(&fd)
            .ok_or_else(|| FsError::new("EBADF", "fstat", None))?;
        Ok(self.stat_ino(f.ino))
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
        let ino = self.lookup(path, "open", path)?;
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
        let (dir, name) = self.parent(path, "open")?;
        let mut node = Node::file(Vec::new(), 0o644, now_ms);
        node.kind = Kind::Lazy(file);
        let ino = self.alloc(node);
        if let Some(c) = self.children_mut(dir) {
            c.insert(name, ino);
        }
        Ok(())
    }

    /// `open`. Returns a file descriptor.
    pub fn open(&mut self, path: &str, flags: OpenFlags, mode: u32, now_ms: f64) -> FsResult<i32> {
        let ino = match self.lookup(path, "open", path) {
            Ok(ino) => {
                self.materialize(ino);
                if flags.create && flags.exclusive {
                    return Err(FsError::new("EEXIST", "open", Some(path)));
                }
                if matches!(self.nodes[&ino].kind, Kind::Dir(_)) && flags.write {
                    return Err(FsError::new("EISDIR", "open", Some(path)));
                }
                if flags.truncate {
                    if let Some(n) = self.nodes.get_mut(&ino) {
                        if let Kind::File(d) = &mut n.kind {
                            d.clear();
                            n.mtime_ms = now_ms;
                            n.ctime_ms = now_ms;
                        }
                    }
                }
                ino
            }
            Err(e) if e.code == "ENOENT" && flags.create => {
                let (dir, name) = self.parent(path, "open")?;
                let ino = self.alloc(Node::file(Vec::new(), mode, now_ms));
                if let Some(c) = self.children_mut(dir) {
                    c.insert(name, ino);
                }
                self.touch(dir, now_ms);
                ino
            }
            Err(e) => return Err(e),
        };
        let fd = self.next_fd;
        self.next_fd += 1;
        self.fds.insert(
            fd,
            OpenFile {
                ino,
                path: self.resolve(path),
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
        self.fds
            .remove(&fd)
            .map(|_| ())
            .ok_or_else(|| FsError::new("EBADF", "close", None))
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
        let data = match &self.nodes[&f.ino].kind {
            Kind::File(d) => d,
            _ => return Err(FsError::new("EISDIR", "read", None)),
        };
        let start = position.unwrap_or(f.pos) as usize;
        let end = (start + len).min(data.len());
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
        node.mtime_ms = now_ms;
        node.ctime_ms = now_ms;
        Ok(bytes.len())
    }

    fn touch(&mut self, ino: u64, now_ms: f64) {
        if let Some(n) = self.nodes.get_mut(&ino) {
            n.mtime_ms = now_ms;
            n.ctime_ms = now_ms;
        }
    }

    /// `mkdir`; with `recursive`, returns the first directory created.
    pub fn mkdir(
        &mut self,
        path: &str,
        recursive: bool,
        mode: u32,
        now_ms: f64,
    ) -> FsResult<Option<String>> {
        if !recursive {
            if self.lookup(path, "mkdir", path).is_ok() {
                return Err(FsError::new("EEXIST", "mkdir", Some(path)));
            }
            let (dir, name) = self.parent(path, "mkdir").map_err(|mut e| {
                e.syscall = "mkdir";
                e
            })?;
            let ino = self.alloc(Node::dir_with_mode(mode, now_ms));
            if let Some(c) = self.children_mut(dir) {
                c.insert(name, ino);
            }
            self.touch(dir, now_ms);
            return Ok(None);
        }
        let full = self.resolve(path);
        let mut ino = 1;
        let mut first = None;
        let mut sofar = String::new();
        for seg in split(&full) {
            sofar.push('/');
            sofar.push_str(seg);
            let next = match &self.nodes[&ino].kind {
                Kind::Dir(c) => c.get(seg).copied(),
                _ => return Err(FsError::new("ENOTDIR", "mkdir", Some(path))),
            };
            ino = match next {
                Some(n) => n,
                None => {
                    let n = self.alloc(Node::dir_with_mode(mode, now_ms));
                    if let Some(c) = self.children_mut(ino) {
                        c.insert(seg.to_owned(), n);
                    }
                    self.touch(ino, now_ms);
                    first.get_or_insert_with(|| sofar.clone());
                    n
                }
            };
        }
        if let Kind::File(_) = self.nodes[&ino].kind {
            return Err(FsError::new("EEXIST", "mkdir", Some(path)));
        }
        Ok(first)
    }

    /// `readdir`: names (sorted) and whether each is a directory.
    pub fn readdir(&self, path: &str) -> FsResult<Vec<(String, bool)>> {
        let ino = self.lookup(path, "scandir", path)?;
        match &self.nodes[&ino].kind {
            Kind::Dir(c) => Ok(c
                .iter()
                .map(|(n, i)| (n.clone(), matches!(self.nodes[i].kind, Kind::Dir(_))))
                .collect()),
            _ => Err(FsError::new("ENOTDIR", "scandir", Some(path))),
        }
    }

    /// `unlink` (files) / `rmdir` (empty directories) / `rm` (recursive, force).
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
        let ino = match self.lookup(path, syscall, path) {
            Ok(i) => i,
            Err(e) if force && e.code == "ENOENT" => return Ok(()),
            Err(mut e) => {
                if kind == "rm" {
                    e.syscall = "stat";
                }
                return Err(e);
            }
        };
        if ino == 1 {
            return Err(FsError::new("EPERM", syscall, Some(path)));
        }
        let is_dir = matches!(self.nodes[&ino].kind, Kind::Dir(_));
        match (kind, is_dir) {
            ("unlink", true) => return Err(FsError::new("EISDIR", "unlink", Some(path))),
            ("rmdir", false) => return Err(FsError::new("ENOTDIR", "rmdir", Some(path))),
            ("rmdir", true) => {
                if let Kind::Dir(c) = &self.nodes[&ino].kind {
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
        let (dir, name) = self.parent(path, syscall)?;
        if let Some(c) = self.children_mut(dir) {
            c.remove(&name);
        }
        self.touch(dir, now_ms);
        Ok(())
    }

    /// `rename`.
    pub fn rename(&mut self, from: &str, to: &str, now_ms: f64) -> FsResult<()> {
        let err = |code| FsError::new(code, "rename", Some(from)).with_dest(to);
        let ino = self.lookup(from, "rename", from).map_err(|e| err(e.code))?;
        let (to_dir, to_name) = self.parent(to, "rename").map_err(|e| err(e.code))?;
        if let Ok(existing) = self.lookup(to, "rename", to) {
            if existing == ino {
                return Ok(());
            }
            match (&self.nodes[&existing].kind, &self.nodes[&ino].kind) {
                (Kind::Dir(c), Kind::Dir(_)) if !c.is_empty() => return Err(err("ENOTEMPTY")),
                (Kind::Dir(_), Kind::File(_)) => return Err(err("EISDIR")),
                (Kind::File(_), Kind::Dir(_)) => return Err(err("ENOTDIR")),
                _ => {}
            }
        }
        let (from_dir, from_name) = self.parent(from, "rename").map_err(|e| err(e.code))?;
        if let Some(c) = self.children_mut(from_dir) {
            c.remove(&from_name);
        }
        if let Some(c) = self.children_mut(to_dir) {
            c.insert(to_name, ino);
        }
        self.touch(from_dir, now_ms);
        self.touch(to_dir, now_ms);
        Ok(())
    }

    /// `copyfile`.
    pub fn copy_file(
        &mut self,
        src: &str,
        dst: &str,
        exclusive: bool,
        now_ms: f64,
    ) -> FsResult<()> {
        let err = |code| FsError::new(code, "copyfile", Some(src)).with_dest(dst);
        let data = match self.read_file(src) {
            Ok(d) => d,
            Err(e) => return Err(err(e.code)),
        };
        if exclusive && self.exists(dst) {
            return Err(err("EEXIST"));
        }
        self.write_file(dst, &data, false, now_ms)
            .map_err(|e| err(e.code))
    }

    /// The path an open descriptor was opened with.
    pub fn fd_path(&self, fd: i32) -> Option<&str> {
        self.fds.get(&fd).map(|f| f.path.as_str())
    }
}

impl Node {
    fn dir(now_ms: f64) -> Self {
        Self::dir_with_mode(0o755, now_ms)
    }

    fn dir_with_mode(mode: u32, now_ms: f64) -> Self {
        Self {
            kind: Kind::Dir(BTreeMap::new()),
            mode: S_IFDIR | (mode & 0o777 & !0o022),
            mtime_ms: now_ms,
            ctime_ms: now_ms,
            birthtime_ms: now_ms,
            atime_ms: now_ms,
        }
    }

    fn file(data: Vec<u8>, mode: u32, now_ms: f64) -> Self {
        Self {
            kind: Kind::File(data),
            mode: S_IFREG | (mode & 0o777 & !0o022),
            mtime_ms: now_ms,
            ctime_ms: now_ms,
            birthtime_ms: now_ms,
            atime_ms: now_ms,
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
        assert_eq!(v.stat("a.txt", "stat").expect("stat").size, 11);
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
            vec![("a.txt".into(), false)]
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
}
