// Checks inspection of a few built-in objects: Math, JSON, Reflect, globalThis members, arguments, WeakRef.
console.log(Math, JSON);
(function () { console.log(arguments); })(1, 'two');
console.log(new WeakRef({}));
console.log(Object.keys(Reflect).length, Object.getOwnPropertyNames(Reflect).length > 5);
