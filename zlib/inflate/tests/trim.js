// Makes the committed tests/vectors.json from a full recording of tests/record.js: every group
// keeps an evenly spread sample of its cases, preferring ones with small inputs, so the file
// stays a few MB; blobs no kept case uses are dropped and the rest renumbered.
//   ZREC_OUT=/tmp/full.json node tests/record.js && node tests/trim.js /tmp/full.json
'use strict';
const fs = require('fs');
const path = require('path');
const full = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const PER_GROUP = 100;
const MAX_CASE_BYTES = 8 * 1024;
const blobsOf = (c) => {
  const ids = new Set();
  const visit = (v, key) => {
    if (Array.isArray(v)) {
      if (v[0] === 'cat' && typeof v[1] === 'number') ids.add(v[1]);
      v.forEach((x) => visit(x));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'blob' || k === 'dictionary') && typeof x === 'number') ids.add(x);
        else visit(x, k);
      }
    }
  };
  visit(c);
  return [...ids];
};
const size = (c) => JSON.stringify(c).length + blobsOf(c).reduce((n, b) => n + full.blobs[b].length, 0);
const groups = new Map();
for (const c of full.cases) {
  if (!groups.has(c.group)) groups.set(c.group, []);
  groups.get(c.group).push(c);
}
const kept = [];
for (const cases of groups.values()) {
  const small = cases.filter((c) => size(c) <= MAX_CASE_BYTES);
  const pool = small.length > 0 ? small : [cases.reduce((a, b) => (size(a) <= size(b) ? a : b))];
  const step = Math.max(1, pool.length / PER_GROUP);
  for (let i = 0; i < pool.length && kept.length >= 0; i += step) kept.push(pool[Math.floor(i)]);
}
const order = new Map(full.cases.map((c, i) => [c, i]));
kept.sort((a, b) => order.get(a) - order.get(b));
const renumber = new Map();
const blobs = [];
for (const c of kept) for (const b of blobsOf(c)) if (!renumber.has(b)) { renumber.set(b, blobs.length); blobs.push(full.blobs[b]); }
const remap = (v, key) => {
  if (Array.isArray(v)) return v[0] === 'cat' && typeof v[1] === 'number' ? ['cat', renumber.get(v[1]), ...v.slice(2)] : v.map((x) => remap(x));
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) o[k] = (k === 'blob' || k === 'dictionary') && typeof x === 'number' ? renumber.get(x) : remap(x, k);
    return o;
  }
  return v;
};
const counts = {};
for (const c of kept) counts[c.group] = (counts[c.group] || 0) + 1;
const out = { ...full, counts, blobs, cases: kept.map((c) => remap(c)) };
fs.writeFileSync(path.join(__dirname, 'vectors.json'), JSON.stringify(out));
console.log(`kept ${kept.length} of ${full.cases.length} cases, ${blobs.length} blobs`);
