// Checks an unhandled rejection with a non-Error reason reaching 'uncaughtException' (wrapped error name/code) (Rule 8).
process.on('uncaughtException', (err, origin) => console.log(origin, err.name, err.code, err instanceof Error));
Promise.reject(42);
