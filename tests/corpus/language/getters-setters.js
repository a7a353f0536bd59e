// Checks object literal getters/setters, defineProperty accessors and class accessors.
const temp = {
  _c: 0,
  get f() { return this._c * 9 / 5 + 32; },
  set f(v) { this._c = (v - 32) * 5 / 9; },
};
temp.f = 212;
console.log(temp._c, temp.f);
const o = {};
Object.defineProperty(o, 'ro', { get: () => 'readonly', enumerable: true });
o.ro = 'ignored';
console.log(o.ro, Object.keys(o));
'use strict';
const d = Object.getOwnPropertyDescriptor(temp, 'f');
console.log(typeof d.get, typeof d.set, d.enumerable);
