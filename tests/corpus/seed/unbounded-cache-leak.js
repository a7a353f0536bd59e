// Seed "LEAK 1: Unbounded caches" with stub app/db/res, a Map-based LRU for lru-cache, the fix renamed lru (max 100): the object grows, the LRU stays at max.
const routes = {};
const app = { get(path, fn) { routes[path] = fn; } };
const db = { getUser: async (id) => ({ id, name: `user ${id}` }) };
const res = { json() {} };
// Stand-in for require('lru-cache'): a Map remembers insertion order, so its first key is the oldest.
class LRU {
  constructor({ max }) { this.max = max; this.map = new Map(); }
  get(key) {
    if (!this.map.has(key)) return undefined;
    const value = this.map.get(key);
    this.map.delete(key); // move to the newest position
    this.map.set(key, value);
    return value;
  }
  set(key, value) {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value); // evict the oldest
  }
  get size() { return this.map.size; }
}

// LEAK 1: Unbounded caches
const cache = {}; // Grows forever!
app.get('/user/:id', async (req, res) => {
  if (!cache[req.params.id]) {
    cache[req.params.id] = await db.getUser(req.params.id);
  }
  res.json(cache[req.params.id]);
});
// FIX: Use an LRU cache with a max size
const lru = new LRU({ max: 100, ttl: 1000 * 60 * 5 });
app.get('/lru/user/:id', async (req, res) => {
  if (!lru.get(req.params.id)) {
    lru.set(req.params.id, await db.getUser(req.params.id));
  }
  res.json(lru.get(req.params.id));
});

// Simulate traffic from many different users, 100 per round.
(async () => {
  for (let round = 1; round <= 3; round++) {
    for (let i = 0; i < 100; i++) {
      const req = { params: { id: String(round * 100 + i) } };
      await routes['/user/:id'](req, res);
      await routes['/lru/user/:id'](req, res);
    }
    console.log(`after ${round * 100} users: plain object ${Object.keys(cache).length} entries, LRU ${lru.size}`);
  }
})();
