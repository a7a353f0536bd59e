// v8 — heap statistics from loopscope's memory model (boa's heap is not V8's, and has no
// generations). Measured: used_heap_size (bytes the counting allocator holds, Buffer
// contents excluded), total_heap_size (its peak), external_memory (live Buffer backing
// stores), heap_size_limit (the run's heap limit). Derived: physical size = total,
// available = limit - used, malloced = used + external; the space breakdown puts all live
// bytes in old_space; the handle and context counts are V8's defaults for one context.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

function sample() {
  // rss, heapTotal, heapUsed, external, arrayBuffers
  const [, total, used, external] = binding.memoryUsage();
  return { total, used, external, limit: binding.heapLimit() };
}

let peakMalloced = 0;

function getHeapStatistics() {
  const m = sample();
  const malloced = m.used + m.external;
  peakMalloced = Math.max(peakMalloced, malloced);
  return {
    total_heap_size: m.total,
    total_heap_size_executable: 0,
    total_physical_size: m.total,
    total_available_size: Math.max(0, m.limit - m.used),
    used_heap_size: m.used,
    heap_size_limit: m.limit,
    malloced_memory: malloced,
    peak_malloced_memory: peakMalloced,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 8192,
    used_global_handles_size: 2240,
    external_memory: m.external,
  };
}

const SPACES = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space',
];

function getHeapSpaceStatistics() {
  const m = sample();
  return SPACES.map((space_name) => {
    const old = space_name === 'old_space';
    return {
      space_name,
      space_size: old ? m.total : 0,
      space_used_size: old ? m.used : 0,
      space_available_size: old ? Math.max(0, m.limit - m.used) : 0,
      physical_space_size: old ? m.total : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return { code_and_metadata_size: 0, bytecode_and_metadata_size: 0, external_script_source_size: 0, cpu_profiler_metadata_size: 0 };
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') throw new ERR_INVALID_ARG_TYPE('flags', 'string', flags);
}

const serdes = require('internal/v8_serdes');

function serialize(value) {
  return serdes.serialize(value);
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    const err = new TypeError('buffer must be a TypedArray or a DataView');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return serdes.deserialize(buffer);
}

module.exports = {
  cachedDataVersionTag: () => 3264593088,
  serialize,
  deserialize,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
};
