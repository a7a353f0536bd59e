// Checks process.memoryUsage() keys and value types (not values).
const m = process.memoryUsage();
console.log(Object.keys(m).join(','));
console.log(Object.values(m).map((v) => typeof v).join(','));
console.log(typeof process.memoryUsage.rss());
