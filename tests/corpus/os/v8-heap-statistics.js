// v8.getHeapStatistics / getHeapSpaceStatistics: the fields and their relations (the numbers themselves depend on the engine; see the seed's "Monitor GC in production").
const v8 = require('v8');

const stats = v8.getHeapStatistics();
console.log(Object.keys(stats));
console.log(Object.values(stats).every((v) => typeof v === 'number'));
console.log(stats.used_heap_size > 0, stats.used_heap_size <= stats.total_heap_size);
console.log(stats.heap_size_limit > stats.total_heap_size, stats.number_of_native_contexts);

// The seed's report, checked for shape.
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const report = {
  heapTotal: mb(stats.total_heap_size),
  heapUsed: mb(stats.used_heap_size),
  heapLimit: mb(stats.heap_size_limit),
  external: mb(stats.external_memory),
};
console.log(Object.entries(report).map(([k, v]) => `${k}: ${/^\d+\.\d MB$/.test(v)}`).join(', '));

// Buffers are external memory.
const before = v8.getHeapStatistics().external_memory;
const big = Buffer.alloc(8 * 1024 * 1024);
console.log(v8.getHeapStatistics().external_memory - before >= 8 * 1024 * 1024, big.length);

const spaces = v8.getHeapSpaceStatistics();
console.log(spaces.map((s) => s.space_name));
console.log(Object.keys(spaces[0]));
console.log(spaces.some((s) => s.space_used_size > 0));
console.log(typeof v8.cachedDataVersionTag(), typeof v8.setFlagsFromString);
