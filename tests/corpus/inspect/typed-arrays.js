// Checks typed arrays, ArrayBuffer, DataView and Buffer-less binary inspection.
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array(2), new Int16Array([-1, 256]));
console.log(new BigInt64Array([1n, -1n]));
console.log(new ArrayBuffer(4));
console.log(new Uint8Array(120));
console.log(new DataView(new ArrayBuffer(2)));
