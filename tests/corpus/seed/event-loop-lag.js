// Seed thread-pool section example without the fs require: sets UV_THREADPOOL_SIZE and monitors loop lag (prints nothing to stdout; warns on stderr only if lag > 100 ms).
// Setting a higher thread pool size for I/O-heavy applications
// Must be set before any I/O operations
process.env.UV_THREADPOOL_SIZE = '16';
// Monitoring event loop lag to detect thread pool exhaustion
const start = process.hrtime.bigint();
setImmediate(() => {
const lag = Number(process.hrtime.bigint() - start) / 1e6;
if (lag > 100) {
console.warn(`Event loop lag: ${lag.toFixed(1)}ms — possible thread pool exhaustion`);
}
});
