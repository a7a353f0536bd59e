//! The memory model (DESIGN.md §5). boa's GC keeps no statistics, so a host installs
//! [`CountingAllocator`] as its `#[global_allocator]` and the runtime reads live heap bytes from
//! it. Without it, heap numbers are reported as zero. Buffer bytes (external memory) are
//! counted separately by the runtime when Buffers exist.
//!
//! Bytes are counted per thread (a run lives on one thread), so runs on parallel threads (the
//! test harness) each see their own numbers.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

static INSTALLED: AtomicUsize = AtomicUsize::new(0);
/// Hard limit in bytes (0 = none) and the host's hook to call when a thread passes it.
static HARD_LIMIT: AtomicUsize = AtomicUsize::new(0);
static HARD_HOOK: std::sync::OnceLock<fn(u64)> = std::sync::OnceLock::new();
static HARD_FIRED: AtomicUsize = AtomicUsize::new(0);
/// The host's reading of its whole memory (the web host: wasm linear memory size).
static TOTAL_PROBE: std::sync::OnceLock<fn() -> u64> = std::sync::OnceLock::new();

thread_local! {
    static LIVE: Cell<i64> = const { Cell::new(0) };
    static PEAK: Cell<i64> = const { Cell::new(0) };
}

fn adjust(delta: i64) {
    // `try_with` so allocations during thread teardown are simply not counted.
    let now = LIVE
        .try_with(|l| {
            let now = l.get() + delta;
            l.set(now);
            let _ = PEAK.try_with(|p| {
                if now > p.get() {
                    p.set(now);
                }
            });
            now
        })
        .unwrap_or(0);
    let hard = HARD_LIMIT.load(Ordering::Relaxed);
    if hard != 0 && delta > 0 && now > hard as i64 && HARD_FIRED.swap(1, Ordering::Relaxed) == 0 {
        if let Some(hook) = HARD_HOOK.get() {
            hook(now as u64);
        }
    }
}

/// Sets a hard heap limit for hosts that run one program per process (the CLI): when a
/// thread's live bytes pass `bytes`, `hook` is called once, from inside the allocator, with the
/// byte count. It must not return normally in a meaningful way (the CLI prints a message and
/// exits). The soft limit ([`crate::Limits::max_heap_bytes`]) is checked at every sync point and
/// ends runs cleanly; this one catches allocation bursts inside a single synchronous stretch of
/// JavaScript that makes no native calls.
pub fn set_hard_limit(bytes: u64, hook: fn(u64)) {
    let _ = HARD_HOOK.set(hook);
    HARD_LIMIT.store(
        usize::try_from(bytes).unwrap_or(usize::MAX),
        Ordering::Relaxed,
    );
}

/// Lets the host report the memory it reserved in all (the web host: the wasm memory's size),
/// sampled with the heap and shown as `heapTotal` / `rss`.
pub fn set_total_probe(probe: fn() -> u64) {
    let _ = TOTAL_PROBE.set(probe);
}

/// The host's whole memory, when it reports it ([`set_total_probe`]).
pub fn total_bytes() -> Option<u64> {
    TOTAL_PROBE.get().map(|p| p())
}

/// A global allocator that counts live bytes on top of the system allocator.
pub struct CountingAllocator;

// SAFETY: every method forwards to `System` with the same arguments and only updates counters.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as-is.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            added(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as-is.
        unsafe { System.dealloc(ptr, layout) };
        adjust(-(layout.size() as i64));
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as-is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            added(layout.size());
        }
        p
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as-is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            adjust(-(layout.size() as i64));
            added(new_size);
        }
        p
    }
}

fn added(n: usize) {
    if INSTALLED.load(Ordering::Relaxed) == 0 {
        INSTALLED.store(1, Ordering::Relaxed);
    }
    adjust(n as i64);
}

/// Live heap bytes of this thread, or 0 when the counting allocator is not installed.
pub fn heap_bytes() -> u64 {
    LIVE.try_with(Cell::get).unwrap_or(0).max(0) as u64
}

/// Highest live heap bytes this thread has seen.
pub fn peak_heap_bytes() -> u64 {
    PEAK.try_with(Cell::get).unwrap_or(0).max(0) as u64
}

/// Whether the host installed [`CountingAllocator`].
pub fn counting_installed() -> bool {
    INSTALLED.load(Ordering::Relaxed) == 1
}
