// Seed "LEAK 3: Closures capturing large objects" verbatim, with a stub extractMetadata and a call of the returned callback.
function extractMetadata(payload) {
  return { size: payload.data.length, kind: payload.kind };
}
// LEAK 3: Closures capturing large objects
function processRequest(hugePayload) {
const metadata = extractMetadata(hugePayload); // small
return function callback() {
// This closure captures `hugePayload` even though it only uses `metadata`
console.log(metadata);
};
// FIX: Null out the reference or restructure to avoid capturing
}
const cb = processRequest({ kind: 'small', data: [1, 2, 3] });
cb();
