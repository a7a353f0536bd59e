// Checks BigInt arithmetic, comparisons, conversions and mixing errors.
const a = 2n ** 100n;
console.log(a.toString(), (a % 97n).toString(), (-7n / 2n).toString(), (7n % -2n).toString());
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt('0x1f'), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n));
console.log(1n < 2, 2n == 2, 2n === 2, typeof 1n, 0n ? 't' : 'f');
try { 1n + 1; } catch (e) { console.log(e.name); }
try { BigInt(1.5); } catch (e) { console.log(e.name); }
console.log((255n).toString(16), Number(2n ** 53n + 1n));
