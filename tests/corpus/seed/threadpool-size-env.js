// Seed UV_THREADPOOL_SIZE snippet (no fs): setting process.env.UV_THREADPOOL_SIZE and reading it back (env values are strings).
// Setting a higher thread pool size for I/O-heavy applications
// Must be set before any I/O operations
process.env.UV_THREADPOOL_SIZE = '16';
console.log(process.env.UV_THREADPOOL_SIZE, typeof process.env.UV_THREADPOOL_SIZE);
process.env.UV_THREADPOOL_SIZE = 1024;
console.log(process.env.UV_THREADPOOL_SIZE, typeof process.env.UV_THREADPOOL_SIZE);
