// Checks inspection of classes with static members and prototype-less objects of class instances with symbols.
class S { static count = 3; static helper() {} }
console.log(S);
console.log(Object.keys(S), S.count);
class WithSym { constructor() { this[Symbol('tag')] = 'v'; this.n = 1; } }
console.log(new WithSym());
