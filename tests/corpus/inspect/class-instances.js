// Checks class instances show the class name, including empty ones, subclasses and private fields (hidden).
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class P3 extends Point { #secret = 1; constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), new Empty(), new P3());
console.log([new Point(0, 0)]);
function OldStyle() { this.a = 1; }
console.log(new OldStyle());
