// Seed "Hidden Classes and Inline Caches" example verbatim, plus a console.log of the objects at the end.
// V8 creates hidden class transitions
function Point(x, y) {
this.x = x; // Hidden class C0 -> C1 (add property x)
this.y = y; // Hidden class C1 -> C2 (add property x, y)
}
const p1 = new Point(1, 2); // Shape: C2
const p2 = new Point(3, 4); // Shape: C2 (same hidden class!)
// GOOD: All Point objects share the same hidden class
// V8 can use inline caches for fast property access
// BAD: Adding properties in different order creates different hidden classes
const a = {};
a.x = 1;
a.y = 2; // Hidden class: {x, y}
const b = {};
b.y = 2;
b.x = 1; // Hidden class: {y, x} — DIFFERENT hidden class!
console.log(p1, p2, a, b);
