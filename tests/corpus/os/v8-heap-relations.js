// v8: getHeapStatistics integer fields and relations, getHeapCodeStatistics/getHeapSpaceStatistics keys and per-space relations, setFlagsFromString validation, cachedDataVersionTag stability.
const v8 = require('v8');

const s = v8.getHeapStatistics();
console.log(Object.entries(s).filter(([, v]) => !Number.isInteger(v) || v < 0).length);
console.log(s.heap_size_limit > s.used_heap_size, s.total_available_size <= s.heap_size_limit);
console.log(s.total_physical_size <= s.total_heap_size + 1024 * 1024, s.peak_malloced_memory >= s.malloced_memory || s.peak_malloced_memory > 0);
console.log(s.does_zap_garbage === 0 || s.does_zap_garbage === 1, s.number_of_detached_contexts);
console.log(s.used_global_handles_size <= s.total_global_handles_size);
console.log(s.heap_size_limit > 64 * 1024 * 1024);

// Allocating a lot of live objects grows the used heap.
const before = v8.getHeapStatistics().used_heap_size;
const keep = [];
for (let i = 0; i < 20000; i++) keep.push({ i, s: 'x' + i });
console.log(v8.getHeapStatistics().used_heap_size > before, keep.length);

const code = v8.getHeapCodeStatistics();
console.log(Object.keys(code));
console.log(Object.values(code).every((v) => typeof v === 'number' && v >= 0));

const spaces = v8.getHeapSpaceStatistics();
console.log(Array.isArray(spaces), spaces.length, new Set(spaces.map((s) => s.space_name)).size);
console.log(spaces.every((s) => JSON.stringify(Object.keys(s)) === JSON.stringify(Object.keys(spaces[0]))));
console.log(spaces.every((s) => typeof s.space_name === 'string' && s.space_name.endsWith('_space')));
console.log(spaces.every((s) => s.space_used_size <= s.space_size && s.space_available_size >= 0));
console.log(['new_space', 'old_space', 'code_space', 'large_object_space'].every((n) => spaces.some((s) => s.space_name === n)));
const stats2 = v8.getHeapStatistics();
const used = spaces.reduce((a, s) => a + s.space_used_size, 0);
console.log(used > 0, used <= stats2.heap_size_limit);
console.log(v8.getHeapSpaceStatistics() !== spaces, v8.getHeapStatistics() !== stats2);

const tag = v8.cachedDataVersionTag();
console.log(Number.isInteger(tag), tag > 0, tag === v8.cachedDataVersionTag());
console.log(v8.setFlagsFromString('--no-such-flag-for-loopscope'));
for (const bad of [undefined, 1, null, ['--x']]) {
  try {
    v8.setFlagsFromString(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(v8.setFlagsFromString.length, v8.getHeapStatistics.length, v8.cachedDataVersionTag.name);
